public class Solution
{
    private static Dictionary<string, int> NGrams(string[] tokens, int n)
    {
        var counts = new Dictionary<string, int>();
        for (int i = 0; i + n <= tokens.Length; i++)
        {
            var key = string.Join("\u0001", tokens, i, n);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    public double CorpusBleu(string[] candidates, string[][] references)
    {
        var seps = new[] { ' ', '\t', '\n', '\r' };
        var matches = new long[4];
        var totals = new long[4];
        long c = 0, r = 0;
        for (int s = 0; s < candidates.Length; s++)
        {
            var ct = candidates[s].Split(seps, StringSplitOptions.RemoveEmptyEntries);
            var rts = references[s].Select(x => x.Split(seps, StringSplitOptions.RemoveEmptyEntries)).ToArray();
            c += ct.Length;
            r += rts.Select(rt => rt.Length).OrderBy(k => Math.Abs(k - ct.Length)).ThenBy(k => k).First();
            for (int n = 1; n <= 4; n++)
            {
                var maxRef = new Dictionary<string, int>();
                foreach (var rt in rts)
                    foreach (var (g, k) in NGrams(rt, n))
                        maxRef[g] = Math.Max(maxRef.GetValueOrDefault(g), k);
                foreach (var (g, k) in NGrams(ct, n))
                    matches[n - 1] += Math.Min(k, maxRef.GetValueOrDefault(g));
                totals[n - 1] += Math.Max(0, ct.Length - n + 1);
            }
        }
        if (c == 0 || matches.Min() == 0) return 0.0;
        double logMean = 0;
        for (int n = 0; n < 4; n++) logMean += Math.Log((double)matches[n] / totals[n]);
        logMean /= 4;
        double bp = c > r ? 1.0 : Math.Exp(1.0 - (double)r / c);
        return bp * Math.Exp(logMean);
    }
}
