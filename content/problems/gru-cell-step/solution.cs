public class Solution
{
    private static double Sigmoid(double a)
    {
        if (a >= 0) return 1.0 / (1.0 + Math.Exp(-a));
        double e = Math.Exp(a);
        return e / (1.0 + e);
    }

    public double[] GruCell(double[] x, double[] h, double[][] wIh, double[][] wHh, double[] bIh, double[] bHh)
    {
        int hidden = h.Length;
        var gi = new double[3 * hidden];
        var gh = new double[3 * hidden];
        for (int r = 0; r < 3 * hidden; r++)
        {
            double a = bIh[r];
            for (int j = 0; j < x.Length; j++) a += wIh[r][j] * x[j];
            gi[r] = a;
            double b = bHh[r];
            for (int j = 0; j < hidden; j++) b += wHh[r][j] * h[j];
            gh[r] = b;
        }
        var result = new double[hidden];
        for (int k = 0; k < hidden; k++)
        {
            double reset = Sigmoid(gi[k] + gh[k]);
            double update = Sigmoid(gi[hidden + k] + gh[hidden + k]);
            double candidate = Math.Tanh(gi[2 * hidden + k] + reset * gh[2 * hidden + k]);
            result[k] = (1.0 - update) * candidate + update * h[k];
        }
        return result;
    }
}
