public class Solution
{
    public double[][] TfidfMatrix(string[] docs)
    {
        var seps = new[] { ' ', '\t', '\n', '\r' };
        var tokens = docs.Select(d => d.Split(seps, StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var vocab = tokens.SelectMany(t => t).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToArray();
        var col = new Dictionary<string, int>();
        for (int j = 0; j < vocab.Length; j++) col[vocab[j]] = j;
        int n = docs.Length;
        var df = new int[vocab.Length];
        foreach (var ts in tokens)
            foreach (var t in ts.Distinct()) df[col[t]]++;
        var idf = df.Select(d => Math.Log((1.0 + n) / (1.0 + d)) + 1.0).ToArray();
        var result = new double[n][];
        for (int i = 0; i < n; i++)
        {
            var row = new double[vocab.Length];
            foreach (var t in tokens[i]) row[col[t]] += idf[col[t]];
            double norm = Math.Sqrt(row.Sum(x => x * x));
            if (norm > 0)
                for (int j = 0; j < row.Length; j++) row[j] /= norm;
            result[i] = row;
        }
        return result;
    }
}
