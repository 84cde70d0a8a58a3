public class Solution
{
    public double[][] AdamStep(double[] @params, double[] grads, double[] m, double[] v, int t, double lr)
    {
        // Return [new_params, new_m, new_v] after Adam step t (beta1 0.9, beta2 0.999, eps 1e-8).
        throw new NotImplementedException();
    }
}
