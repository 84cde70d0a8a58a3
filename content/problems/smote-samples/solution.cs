public class Solution
{
    public double[][] SmoteSamples(double[][] minority, int k, int[] bases, int[] neighbours, double[] gaps)
    {
        int n = minority.Length;
        var cache = new Dictionary<int, int[]>();
        int[] Nearest(int i)
        {
            if (cache.TryGetValue(i, out var list)) return list;
            var d2 = minority.Select(p => p.Zip(minority[i], (a, b) => (a - b) * (a - b)).Sum()).ToArray();
            // Exclude the base itself; OrderBy is stable, so equal distances keep index order.
            list = Enumerable.Range(0, n).Where(j => j != i).OrderBy(j => d2[j]).Take(k).ToArray();
            cache[i] = list;
            return list;
        }

        var result = new double[bases.Length][];
        for (var t = 0; t < bases.Length; t++)
        {
            var xi = minority[bases[t]];
            var xj = minority[Nearest(bases[t])[neighbours[t]]];
            result[t] = xi.Select((v, c) => v + gaps[t] * (xj[c] - v)).ToArray();
        }

        return result;
    }
}
