public class Solution
{
    public double[] Bm25Scores(string[] docs, string query, double k1, double b)
    {
        var seps = new[] { ' ', '\t', '\n', '\r' };
        var counts = docs.Select(d => d.Split(seps, StringSplitOptions.RemoveEmptyEntries)
                                       .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count())).ToArray();
        var lengths = counts.Select(c => c.Values.Sum()).ToArray();
        int n = docs.Length;
        double avgdl = (double)lengths.Sum() / n;
        var q = query.Split(seps, StringSplitOptions.RemoveEmptyEntries);
        var idf = new Dictionary<string, double>();
        foreach (var t in q.Distinct())
        {
            int df = counts.Count(c => c.ContainsKey(t));
            idf[t] = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        }
        var scores = new double[n];
        for (int i = 0; i < n; i++)
        {
            double norm = k1 * (1 - b + b * lengths[i] / avgdl);
            foreach (var t in q)
                if (counts[i].TryGetValue(t, out int tf))
                    scores[i] += idf[t] * tf * (k1 + 1) / (tf + norm);
        }
        return scores;
    }
}
