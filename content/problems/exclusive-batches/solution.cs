public class Solution
{
    public int[] BatchSizes(string log)
    {
        var last = new int[26]; // last position of each customer
        for (var i = 0; i < log.Length; i++)
        {
            last[log[i] - 'a'] = i;
        }

        var sizes = new List<int>();
        int start = 0, end = 0;
        for (var i = 0; i < log.Length; i++)
        {
            end = Math.Max(end, last[log[i] - 'a']); // the batch must reach every letter's last record
            if (i == end)
            {
                sizes.Add(end - start + 1); // nothing in the batch appears later: cut here
                start = i + 1;
            }
        }

        return sizes.ToArray();
    }
}
