public class Solution
{
    public int[] TwoSum(int[] nums, int target)
    {
        var seen = new Dictionary<long, int>();
        for (var j = 0; j < nums.Length; j++)
        {
            if (seen.TryGetValue((long)target - nums[j], out var i))
            {
                return [i, j];
            }

            seen.TryAdd(nums[j], j);
        }

        return [];
    }
}
