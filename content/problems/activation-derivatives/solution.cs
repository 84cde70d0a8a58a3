public class Solution
{
    private static readonly double C = Math.Sqrt(2.0 / Math.PI);
    private const double K = 0.044715;

    private static double Sigmoid(double z)
    {
        double e = Math.Exp(-Math.Abs(z));
        return z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    public double[][] Activation(double[] x, string name)
    {
        var value = new double[x.Length];
        var grad = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double z = x[i], s = Sigmoid(z);
            switch (name)
            {
                case "sigmoid":
                    value[i] = s; grad[i] = s * (1 - s); break;
                case "softplus":
                    value[i] = Math.Max(z, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(z)));
                    grad[i] = s; break;
                case "silu":
                    value[i] = z * s; grad[i] = s * (1 + z * (1 - s)); break;
                default: // gelu_tanh
                    double t = Math.Tanh(C * (z + K * z * z * z));
                    value[i] = 0.5 * z * (1 + t);
                    grad[i] = 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * C * (1 + 3 * K * z * z);
                    break;
            }
        }
        return new[] { value, grad };
    }
}
