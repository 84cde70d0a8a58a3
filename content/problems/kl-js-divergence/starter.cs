public class Solution
{
    public double[] KlAndJs(double[] p, double[] q)
    {
        // Return [D_KL(P || Q), JS(P, Q)] in nats, after normalising p and q to sum to 1.
        throw new NotImplementedException();
    }
}
