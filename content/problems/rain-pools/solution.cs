public class Solution
{
    public long TrappedWater(int[] heights)
    {
        int lo = 0, hi = heights.Length - 1;
        int leftMax = 0, rightMax = 0;
        long total = 0;
        while (lo <= hi)
        {
            if (leftMax <= rightMax)
            {
                // The right side has a wall at least leftMax high, so leftMax bounds column lo.
                leftMax = Math.Max(leftMax, heights[lo]);
                total += leftMax - heights[lo];
                lo++;
            }
            else
            {
                rightMax = Math.Max(rightMax, heights[hi]);
                total += rightMax - heights[hi];
                hi--;
            }
        }

        return total;
    }
}
