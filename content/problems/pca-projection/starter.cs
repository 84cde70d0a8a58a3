public class Solution
{
    public double[][] PcaProject(double[][] data, int k)
    {
        // Return the n x k scores on the top-k principal components (each component's largest |coordinate| positive).
        throw new NotImplementedException();
    }
}
