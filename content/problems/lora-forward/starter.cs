public class Solution
{
    public double[][] LoraForward(double[][] x, double[][] w0, double[][] a, double[][] b, double alpha)
    {
        // Return x W0^T + (alpha / r) (x A^T) B^T, one output row per input row.
        throw new NotImplementedException();
    }
}
