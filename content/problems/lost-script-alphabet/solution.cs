public class Solution
{
    public string RecoverAlphabet(string[] glossary)
    {
        var present = new bool[26];
        foreach (string word in glossary)
            foreach (char ch in word) present[ch - 'a'] = true;

        var after = new bool[26, 26];
        var waiting = new int[26];
        for (int i = 0; i + 1 < glossary.Length; i++)
        {
            string first = glossary[i], second = glossary[i + 1];
            int len = Math.Min(first.Length, second.Length), k = 0;
            while (k < len && first[k] == second[k]) k++;
            if (k == len)
            {
                if (first.Length > second.Length) return ""; // listed after its own proper prefix
                continue;
            }
            int x = first[k] - 'a', y = second[k] - 'a'; // the first difference decides: x before y
            if (!after[x, y])
            {
                after[x, y] = true;
                waiting[y]++;
            }
        }

        var ready = new PriorityQueue<int, int>();
        int total = 0;
        for (int c = 0; c < 26; c++)
        {
            if (!present[c]) continue;
            total++;
            if (waiting[c] == 0) ready.Enqueue(c, c);
        }

        var order = new System.Text.StringBuilder();
        while (ready.Count > 0)
        {
            int c = ready.Dequeue(); // smallest letter that may come next
            order.Append((char)('a' + c));
            for (int y = 0; y < 26; y++)
            {
                if (after[c, y] && --waiting[y] == 0) ready.Enqueue(y, y);
            }
        }
        return order.Length == total ? order.ToString() : "";
    }
}
