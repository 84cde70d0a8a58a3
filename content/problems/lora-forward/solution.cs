public class Solution
{
    private static double[][] MultiplyTransposed(double[][] left, double[][] right)
    {
        // left: n x k, right: m x k; returns left * right^T, n x m.
        var result = new double[left.Length][];
        for (int i = 0; i < left.Length; i++)
        {
            result[i] = new double[right.Length];
            for (int j = 0; j < right.Length; j++)
            {
                double s = 0;
                for (int t = 0; t < left[i].Length; t++) s += left[i][t] * right[j][t];
                result[i][j] = s;
            }
        }
        return result;
    }

    public double[][] LoraForward(double[][] x, double[][] w0, double[][] a, double[][] b, double alpha)
    {
        double scale = alpha / a.Length;
        var baseOut = MultiplyTransposed(x, w0);
        var low = MultiplyTransposed(x, a);          // n x r
        var delta = MultiplyTransposed(low, b);      // n x d
        for (int i = 0; i < baseOut.Length; i++)
            for (int j = 0; j < baseOut[i].Length; j++)
                baseOut[i][j] += scale * delta[i][j];
        return baseOut;
    }
}
