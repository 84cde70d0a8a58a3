public class Solution
{
    public double[] LogisticLossGrad(double[][] features, int[] labels, double[] weights, double bias)
    {
        int n = features.Length, d = weights.Length;
        var result = new double[d + 2];
        for (var i = 0; i < n; i++)
        {
            double z = bias;
            for (var j = 0; j < d; j++) z += weights[j] * features[i][j];
            double e = Math.Exp(-Math.Abs(z));  // in (0, 1]: never overflows
            // log(1 + e^z) = max(z, 0) + log(1 + e^-|z|); Log(1 + e) is accurate enough as e <= 1 adds to 1.
            result[0] += Math.Max(z, 0) + LogOnePlus(e) - labels[i] * z;
            double p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
            double residual = p - labels[i];
            result[1] += residual;
            for (var j = 0; j < d; j++) result[j + 2] += residual * features[i][j];
        }

        for (var k = 0; k < result.Length; k++) result[k] /= n;
        return result;
    }

    // log(1 + x) for 0 <= x <= 1, accurate for tiny x too.
    private static double LogOnePlus(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
