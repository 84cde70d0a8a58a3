public class Solution
{
    public string[][] GroupAnagrams(string[] words)
    {
        var groups = new Dictionary<string, List<string>>();
        foreach (var word in words)
        {
            var letters = word.ToCharArray();
            Array.Sort(letters);
            var key = new string(letters);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new List<string>();
                groups[key] = group;
            }

            group.Add(word);
        }

        var result = groups.Values
            .Select(g => g.OrderBy(w => w, StringComparer.Ordinal).ToArray())
            .ToList();
        result.Sort((a, b) => string.CompareOrdinal(a[0], b[0]));
        return result.ToArray();
    }
}
