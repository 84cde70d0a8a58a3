public class Solution
{
    public int[][] AddWindow(int[][] windows, int[] extra)
    {
        // Return the sorted, non-overlapping windows after fusing extra with every window it shares a minute with.
        throw new NotImplementedException();
    }
}
