public class Solution
{
    public double[] GruCell(double[] x, double[] h, double[][] wIh, double[][] wHh, double[] bIh, double[] bHh)
    {
        // Return the new hidden state; gate blocks are stacked as reset, update, new (PyTorch's nn.GRUCell).
        throw new NotImplementedException();
    }
}
