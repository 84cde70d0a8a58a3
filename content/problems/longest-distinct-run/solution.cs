public class Solution
{
    public int LongestDistinctRun(string s)
    {
        var lastSeen = new Dictionary<char, int>(); // character -> the last index where it appeared
        var start = 0; // the window s[start..end] never holds a character twice
        var best = 0;
        for (var end = 0; end < s.Length; end++)
        {
            if (lastSeen.TryGetValue(s[end], out var previous) && previous >= start)
            {
                start = previous + 1; // move just past the earlier copy; start never moves back
            }

            lastSeen[s[end]] = end;
            best = Math.Max(best, end - start + 1);
        }

        return best;
    }
}
