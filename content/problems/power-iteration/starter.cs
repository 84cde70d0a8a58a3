public class Solution
{
    public double[] DominantEigenpair(double[][] a)
    {
        // Return [lambda, v_1, ..., v_n]: the eigenvalue of largest magnitude and its unit eigenvector (components summing to > 0).
        throw new NotImplementedException();
    }
}
