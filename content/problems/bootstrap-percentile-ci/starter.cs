public class Solution
{
    public double[] BootstrapCi(double[] data, int[][] resamples, double alpha)
    {
        // Return [lower, upper]: the alpha/2 and 1 - alpha/2 linear-interpolated quantiles of the resample means.
        throw new NotImplementedException();
    }
}
