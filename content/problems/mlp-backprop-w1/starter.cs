public class Solution
{
    public double[][] GradW1(double[][] x, int[] y, double[][] w1, double[] b1, double[][] w2, double[] b2)
    {
        // Return dL/dW1 (D x H) for the mean softmax cross-entropy loss of the two-layer ReLU network.
        throw new NotImplementedException();
    }
}
