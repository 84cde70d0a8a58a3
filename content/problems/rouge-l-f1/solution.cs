public class Solution
{
    public double RougeLF1(string candidate, string reference)
    {
        var seps = new[] { ' ', '\t', '\n', '\r' };
        var c = candidate.Split(seps, StringSplitOptions.RemoveEmptyEntries);
        var r = reference.Split(seps, StringSplitOptions.RemoveEmptyEntries);
        var prev = new int[r.Length + 1];
        var cur = new int[r.Length + 1];
        foreach (var tok in c)
        {
            for (int j = 1; j <= r.Length; j++)
                cur[j] = tok == r[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        int lcs = prev[r.Length];
        return lcs == 0 ? 0.0 : 2.0 * lcs / (c.Length + r.Length);
    }
}
