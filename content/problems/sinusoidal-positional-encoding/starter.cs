public class Solution
{
    public double[][] PositionalEncoding(int nPositions, int dModel)
    {
        // Return the n_positions x d_model sinusoidal encoding table (sin in even columns, cos in odd ones).
        throw new NotImplementedException();
    }
}
