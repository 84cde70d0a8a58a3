public class Solution
{
    public double[] DominantEigenpair(double[][] a)
    {
        int n = a.Length;
        var v = Enumerable.Repeat(1.0 / Math.Sqrt(n), n).ToArray();
        var w = new double[n];
        for (int iter = 0; iter < 20000; iter++)
        {
            for (int i = 0; i < n; i++)
            {
                double s = 0.0;
                for (int j = 0; j < n; j++) s += a[i][j] * v[j];
                w[i] = s;
            }
            double norm = Math.Sqrt(w.Sum(t => t * t));
            if (norm == 0.0) break;
            double dot = 0.0, diff = 0.0;
            for (int i = 0; i < n; i++) { w[i] /= norm; dot += w[i] * v[i]; }
            double sign = dot < 0 ? -1.0 : 1.0;
            for (int i = 0; i < n; i++) diff += (w[i] - sign * v[i]) * (w[i] - sign * v[i]);
            (v, w) = (w, v);
            if (Math.Sqrt(diff) < 1e-14) break;
        }
        double lambda = 0.0;                         // Rayleigh quotient v^T A v
        for (int i = 0; i < n; i++)
        {
            double s = 0.0;
            for (int j = 0; j < n; j++) s += a[i][j] * v[j];
            lambda += v[i] * s;
        }
        if (v.Sum() < 0) for (int i = 0; i < n; i++) v[i] = -v[i];
        var result = new double[n + 1];
        result[0] = lambda;
        Array.Copy(v, 0, result, 1, n);
        return result;
    }
}
