public class Solution
{
    public long MaxBannerArea(int[] heights)
    {
        // Return the largest (j - i) * min(heights[i], heights[j]) over pairs i < j.
        throw new NotImplementedException();
    }
}
