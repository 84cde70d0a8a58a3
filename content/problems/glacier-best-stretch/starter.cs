public class Solution
{
    public long BestStretch(int[] change)
    {
        // Return the largest sum of a non-empty run of consecutive days.
        throw new NotImplementedException();
    }
}
