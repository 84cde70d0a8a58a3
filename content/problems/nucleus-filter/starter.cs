public class Solution
{
    public double[] NucleusFilter(double[] probs, double p)
    {
        // Return the renormalised distribution over the smallest top set with mass >= p.
        throw new NotImplementedException();
    }
}
