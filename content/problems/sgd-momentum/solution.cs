public class Solution
{
    public double[] SgdMomentum(double[] @params, double[][] grads, double lr, double momentum, double weightDecay, bool nesterov)
    {
        int n = @params.Length;
        var p = (double[])@params.Clone();
        var buf = new double[n];
        foreach (double[] grad in grads)
        {
            for (int i = 0; i < n; i++)
            {
                double g = grad[i] + weightDecay * p[i];
                buf[i] = momentum * buf[i] + g;
                double step = nesterov ? g + momentum * buf[i] : buf[i];
                p[i] -= lr * step;
            }
        }
        return p;
    }
}
