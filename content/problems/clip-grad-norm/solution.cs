public class Solution
{
    public double[][] ClipGradNorm(double[][] grads, double maxNorm)
    {
        double sumSquares = 0.0;
        foreach (double[] row in grads)
            foreach (double g in row) sumSquares += g * g;
        double coef = Math.Min(1.0, maxNorm / (Math.Sqrt(sumSquares) + 1e-6));
        return grads.Select(row => row.Select(g => g * coef).ToArray()).ToArray();
    }
}
