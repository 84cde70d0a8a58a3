public class Solution
{
    public double[][] LstmCell(double[] x, double[] h, double[] c, double[][] wIh, double[][] wHh, double[] bIh, double[] bHh)
    {
        // Return [h_new, c_new] after one step; gate blocks are stacked as input, forget, cell (g), output.
        throw new NotImplementedException();
    }
}
