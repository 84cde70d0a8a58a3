public class Solution
{
    private static double[][] MatMul(double[][] a, double[][] b)
    {
        int n = a.Length, m = b.Length, p = b[0].Length;
        var c = new double[n][];
        for (int i = 0; i < n; i++)
        {
            c[i] = new double[p];
            for (int k = 0; k < m; k++)
            {
                double aik = a[i][k];
                for (int j = 0; j < p; j++) c[i][j] += aik * b[k][j];
            }
        }
        return c;
    }

    public double[][] MultiHeadAttention(double[][] x, double[][] wq, double[][] wk, double[][] wv, double[][] wo, int numHeads, bool causal)
    {
        int n = x.Length, d = x[0].Length, dh = d / numHeads;
        double[][] q = MatMul(x, wq), k = MatMul(x, wk), v = MatMul(x, wv);
        var concat = new double[n][];
        for (int i = 0; i < n; i++) concat[i] = new double[d];
        double scale = 1.0 / Math.Sqrt(dh);
        var scores = new double[n];
        for (int h = 0; h < numHeads; h++)
        {
            int off = h * dh;
            for (int i = 0; i < n; i++)
            {
                int last = causal ? i : n - 1;          // keys 0..last are visible
                double max = double.NegativeInfinity;
                for (int j = 0; j <= last; j++)
                {
                    double s = 0.0;
                    for (int t = 0; t < dh; t++) s += q[i][off + t] * k[j][off + t];
                    scores[j] = s * scale;
                    max = Math.Max(max, scores[j]);
                }
                double sum = 0.0;
                for (int j = 0; j <= last; j++) { scores[j] = Math.Exp(scores[j] - max); sum += scores[j]; }
                for (int j = 0; j <= last; j++)
                {
                    double w = scores[j] / sum;
                    for (int t = 0; t < dh; t++) concat[i][off + t] += w * v[j][off + t];
                }
            }
        }
        return MatMul(concat, wo);
    }
}
