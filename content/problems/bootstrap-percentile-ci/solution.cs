public class Solution
{
    private static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1) return sorted[^1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    public double[] BootstrapCi(double[] data, int[][] resamples, double alpha)
    {
        var means = resamples.Select(r => r.Sum(i => data[i]) / r.Length).OrderBy(m => m).ToArray();
        return new[] { Quantile(means, alpha / 2), Quantile(means, 1 - alpha / 2) };
    }
}
