public class Solution
{
    public double[][][] Conv2d(double[][][] x, double[][] weight, double[] bias, int kh, int kw, int stride, int padding)
    {
        // Return the C_out x H_out x W_out output of PyTorch-style conv2d (cross-correlation, zero padding).
        throw new NotImplementedException();
    }
}
