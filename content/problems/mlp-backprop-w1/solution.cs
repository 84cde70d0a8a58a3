public class Solution
{
    public double[][] GradW1(double[][] x, int[] y, double[][] w1, double[] b1, double[][] w2, double[] b2)
    {
        int n = x.Length, d = w1.Length, h = b1.Length, k = b2.Length;
        var grad = new double[d][];
        for (int i = 0; i < d; i++) grad[i] = new double[h];
        var z1 = new double[h];
        var z2 = new double[k];
        var dz1 = new double[h];
        for (int s = 0; s < n; s++)
        {
            // Forward pass for sample s.
            for (int j = 0; j < h; j++)
            {
                double a = b1[j];
                for (int i = 0; i < d; i++) a += x[s][i] * w1[i][j];
                z1[j] = a;
            }
            for (int c = 0; c < k; c++)
            {
                double a = b2[c];
                for (int j = 0; j < h; j++) a += Math.Max(z1[j], 0.0) * w2[j][c];
                z2[c] = a;
            }
            double max = z2.Max(), sum = 0.0;
            for (int c = 0; c < k; c++) sum += Math.Exp(z2[c] - max);
            // Backward: dL/dz2 = (softmax - onehot) / n, then through W2 and the ReLU mask.
            for (int j = 0; j < h; j++)
            {
                if (z1[j] <= 0) { dz1[j] = 0.0; continue; }
                double g = 0.0;
                for (int c = 0; c < k; c++)
                {
                    double dz2 = (Math.Exp(z2[c] - max) / sum - (c == y[s] ? 1.0 : 0.0)) / n;
                    g += dz2 * w2[j][c];
                }
                dz1[j] = g;
            }
            for (int i = 0; i < d; i++)
                for (int j = 0; j < h; j++) grad[i][j] += x[s][i] * dz1[j];
        }
        return grad;
    }
}
