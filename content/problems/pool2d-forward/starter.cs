public class Solution
{
    public double[][] Pool2d(double[][] x, int kernel, int stride, int padding, string mode)
    {
        // Return the pooled map ("max" or "avg"), with PyTorch's padding conventions.
        throw new NotImplementedException();
    }
}
