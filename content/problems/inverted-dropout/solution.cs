public class Solution
{
    public double[] Dropout(double[] x, double[] u, double p, bool training)
    {
        if (!training) return (double[])x.Clone();
        var result = new double[x.Length];
        if (p >= 1.0) return result;                 // everything dropped
        double scale = 1.0 / (1.0 - p);
        for (int i = 0; i < x.Length; i++)
            result[i] = u[i] >= p ? x[i] * scale : 0.0;
        return result;
    }
}
