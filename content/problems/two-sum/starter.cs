public class Solution
{
    public int[] TwoSum(int[] nums, int target)
    {
        // Return [i, j] with i < j and nums[i] + nums[j] == target.
        throw new NotImplementedException();
    }
}
