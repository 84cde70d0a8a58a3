public class Solution
{
    public long LargestPoster(int[] heights)
    {
        // Return the largest rectangle area that fits under the bar chart.
        throw new NotImplementedException();
    }
}
