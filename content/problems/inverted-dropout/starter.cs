public class Solution
{
    public double[] Dropout(double[] x, double[] u, double p, bool training)
    {
        // Return x with units dropped where u[i] < p and the survivors scaled by 1 / (1 - p) (x itself when not training).
        throw new NotImplementedException();
    }
}
