public class Solution
{
    public int LongestRising(int[] scores)
    {
        // Return the length of the longest strictly increasing subsequence of scores.
        throw new NotImplementedException();
    }
}
