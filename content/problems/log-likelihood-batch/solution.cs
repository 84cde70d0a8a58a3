public class Solution
{
    private static readonly double[] Lanczos =
    {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7,
    };

    // ln Gamma(x) for x >= 0.5 (Lanczos approximation, g = 7).
    private static double LogGamma(double x)
    {
        x -= 1;
        double series = Lanczos[0];
        for (int i = 1; i < Lanczos.Length; i++) series += Lanczos[i] / (x + i);
        double t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(series);
    }

    public double[] LogProbs(string[] kinds, double[][] @params, double[] xs)
    {
        var result = new double[kinds.Length];
        for (int i = 0; i < kinds.Length; i++)
        {
            double x = xs[i];
            var p = @params[i];
            result[i] = kinds[i] switch
            {
                "binomial" => LogGamma(p[0] + 1) - LogGamma(x + 1) - LogGamma(p[0] - x + 1)
                              + x * Math.Log(p[1]) + (p[0] - x) * Math.Log(1 - p[1]),
                "poisson" => x * Math.Log(p[0]) - p[0] - LogGamma(x + 1),
                _ => -0.5 * Math.Log(2 * Math.PI) - Math.Log(p[1]) - 0.5 * Math.Pow((x - p[0]) / p[1], 2),
            };
        }
        return result;
    }
}
