public class Solution
{
    public double[][] Activation(double[] x, string name)
    {
        // Return [f(x), f'(x)] elementwise for name in "sigmoid", "softplus", "silu", "gelu_tanh".
        throw new NotImplementedException();
    }
}
