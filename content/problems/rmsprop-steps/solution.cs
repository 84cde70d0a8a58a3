public class Solution
{
    public double[] Rmsprop(double[] @params, double[][] grads, double lr, double alpha, double eps, bool centered)
    {
        int n = @params.Length;
        var p = (double[])@params.Clone();
        var squareAvg = new double[n];
        var gradAvg = new double[n];
        foreach (double[] grad in grads)
        {
            for (int i = 0; i < n; i++)
            {
                double g = grad[i];
                squareAvg[i] = alpha * squareAvg[i] + (1 - alpha) * g * g;
                double variance = squareAvg[i];
                if (centered)
                {
                    gradAvg[i] = alpha * gradAvg[i] + (1 - alpha) * g;
                    variance -= gradAvg[i] * gradAvg[i];
                }
                p[i] -= lr * g / (Math.Sqrt(variance) + eps);   // eps outside the root
            }
        }
        return p;
    }
}
