public class Solution
{
    public int LongestStreak(int[] nums)
    {
        // Return the length of the longest run a, a+1, ..., a+L-1 contained in nums.
        throw new NotImplementedException();
    }
}
