public class Solution
{
    public double InformationGain(string[] feature, string[] labels)
    {
        int n = labels.Length;
        var groups = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var all = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!groups.TryGetValue(feature[i], out var g)) groups[feature[i]] = g = new Dictionary<string, int>(StringComparer.Ordinal);
            g[labels[i]] = g.GetValueOrDefault(labels[i]) + 1;
            all[labels[i]] = all.GetValueOrDefault(labels[i]) + 1;
        }

        double conditional = 0;
        foreach (var g in groups.Values)
        {
            int size = g.Values.Sum();
            conditional += (double)size / n * Entropy(g.Values, size);
        }

        return Entropy(all.Values, n) - conditional;
    }

    // Entropy in bits of a class histogram; only classes that occur are stored, so 0 log 0 never arises.
    private static double Entropy(IEnumerable<int> counts, int total) =>
        -counts.Sum(c => (double)c / total * Math.Log2((double)c / total));
}
