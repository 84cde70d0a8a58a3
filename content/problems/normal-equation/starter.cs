public class Solution
{
    public double[] FitLinear(double[][] features, double[] targets)
    {
        // Return [intercept, w_1, ..., w_d] minimising the squared error (solve A^T A theta = A^T y).
        throw new NotImplementedException();
    }
}
