public class Solution
{
    public int[] KmeansPlusPlus(double[][] points, int k, double[] uniforms)
    {
        // Return the k indices chosen by k-means++ (first: floor(u0 * n); then the first i with C_i > u_t * S).
        throw new NotImplementedException();
    }
}
