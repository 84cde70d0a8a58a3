public class Solution
{
    public int[][] MergeIntervals(int[][] intervals)
    {
        // Merge overlapping or touching closed intervals [start, end]; return them sorted by start.
        throw new NotImplementedException();
    }
}
