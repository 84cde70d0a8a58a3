public class Solution
{
    private static double Kl(double[] a, double[] b)
    {
        double sum = 0.0;
        for (int i = 0; i < a.Length; i++)
            if (a[i] > 0) sum += a[i] * Math.Log(a[i] / b[i]);   // 0 log 0 = 0
        return sum;
    }

    public double[] KlAndJs(double[] p, double[] q)
    {
        double sp = p.Sum(), sq = q.Sum();
        var pn = p.Select(v => v / sp).ToArray();
        var qn = q.Select(v => v / sq).ToArray();
        var m = pn.Zip(qn, (a, b) => 0.5 * (a + b)).ToArray();
        return new[] { Kl(pn, qn), 0.5 * Kl(pn, m) + 0.5 * Kl(qn, m) };
    }
}
