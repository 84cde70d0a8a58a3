public class Solution
{
    private static (double Mean, double VarOverN) Stats(double[] v)
    {
        double mean = v.Average();
        double ss = 0;
        foreach (var x in v) ss += (x - mean) * (x - mean);   // two-pass: no cancellation
        return (mean, ss / (v.Length - 1) / v.Length);
    }

    public double[] WelchT(double[] a, double[] b)
    {
        var (ma, va) = Stats(a);
        var (mb, vb) = Stats(b);
        double se2 = va + vb;
        double t = (ma - mb) / Math.Sqrt(se2);
        double df = se2 * se2 / (va * va / (a.Length - 1) + vb * vb / (b.Length - 1));
        return new[] { t, df };
    }
}
