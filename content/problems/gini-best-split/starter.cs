public class Solution
{
    public double[] BestGiniSplit(double[] values, int[] labels)
    {
        // Return [threshold, weighted Gini] of the best midpoint split (ties: smallest threshold); [] if no split.
        throw new NotImplementedException();
    }
}
