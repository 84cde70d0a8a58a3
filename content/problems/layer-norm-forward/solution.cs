public class Solution
{
    public double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps)
    {
        var result = new double[x.Length][];
        for (int n = 0; n < x.Length; n++)
        {
            double[] row = x[n];
            int d = row.Length;
            double mean = row.Average();
            double variance = 0.0;
            foreach (double v in row) variance += (v - mean) * (v - mean);
            variance /= d;                                // biased variance, as PyTorch
            double inv = 1.0 / Math.Sqrt(variance + eps);
            var output = new double[d];
            for (int j = 0; j < d; j++) output[j] = (row[j] - mean) * inv * gamma[j] + beta[j];
            result[n] = output;
        }
        return result;
    }
}
