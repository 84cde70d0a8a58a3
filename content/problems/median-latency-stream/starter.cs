public class Solution
{
    public double[] RunningMedians(int[] latencies)
    {
        // Return the median of latencies[0..i] for every i.
        throw new NotImplementedException();
    }
}
