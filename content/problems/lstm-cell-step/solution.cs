public class Solution
{
    private static double Sigmoid(double a)
    {
        if (a >= 0) return 1.0 / (1.0 + Math.Exp(-a));
        double e = Math.Exp(a);
        return e / (1.0 + e);
    }

    public double[][] LstmCell(double[] x, double[] h, double[] c, double[][] wIh, double[][] wHh, double[] bIh, double[] bHh)
    {
        int hidden = h.Length;
        var pre = new double[4 * hidden];
        for (int r = 0; r < 4 * hidden; r++)
        {
            double a = bIh[r] + bHh[r];
            for (int j = 0; j < x.Length; j++) a += wIh[r][j] * x[j];
            for (int j = 0; j < hidden; j++) a += wHh[r][j] * h[j];
            pre[r] = a;
        }
        var hNew = new double[hidden];
        var cNew = new double[hidden];
        for (int k = 0; k < hidden; k++)
        {
            double i = Sigmoid(pre[k]);
            double f = Sigmoid(pre[hidden + k]);
            double g = Math.Tanh(pre[2 * hidden + k]);
            double o = Sigmoid(pre[3 * hidden + k]);
            cNew[k] = f * c[k] + i * g;
            hNew[k] = o * Math.Tanh(cNew[k]);
        }
        return new[] { hNew, cNew };
    }
}
