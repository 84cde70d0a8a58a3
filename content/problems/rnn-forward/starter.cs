public class Solution
{
    public double[][] RnnForward(double[][] x, double[] h0, double[][] wIh, double[][] wHh, double[] bIh, double[] bHh)
    {
        // Return the hidden state after every time step (T rows of length H).
        throw new NotImplementedException();
    }
}
