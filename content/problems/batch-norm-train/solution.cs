public class Solution
{
    public double[][] BatchNormTrain(double[][] x, double[] gamma, double[] beta, double[] runningMean,
                                     double[] runningVar, double momentum, double eps)
    {
        int n = x.Length, d = x[0].Length;
        var result = new double[n + 2][];
        for (int i = 0; i < n; i++) result[i] = new double[d];
        result[n] = new double[d];
        result[n + 1] = new double[d];
        for (int j = 0; j < d; j++)
        {
            double mean = 0.0;
            for (int i = 0; i < n; i++) mean += x[i][j];
            mean /= n;
            double sq = 0.0;
            for (int i = 0; i < n; i++) sq += (x[i][j] - mean) * (x[i][j] - mean);
            double biased = sq / n;
            double inv = 1.0 / Math.Sqrt(biased + eps);
            for (int i = 0; i < n; i++) result[i][j] = (x[i][j] - mean) * inv * gamma[j] + beta[j];
            result[n][j] = (1 - momentum) * runningMean[j] + momentum * mean;
            result[n + 1][j] = (1 - momentum) * runningVar[j] + momentum * (sq / (n - 1));
        }
        return result;
    }
}
