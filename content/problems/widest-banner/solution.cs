public class Solution
{
    public long MaxBannerArea(int[] heights)
    {
        int lo = 0, hi = heights.Length - 1;
        long best = 0;
        while (lo < hi)
        {
            if (heights[lo] <= heights[hi])
            {
                // The shorter pole lo cannot do better with any pole closer than hi.
                best = Math.Max(best, (long)(hi - lo) * heights[lo]);
                lo++;
            }
            else
            {
                best = Math.Max(best, (long)(hi - lo) * heights[hi]);
                hi--;
            }
        }

        return best;
    }
}
