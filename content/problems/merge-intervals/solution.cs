public class Solution
{
    public int[][] MergeIntervals(int[][] intervals)
    {
        var merged = new List<int[]>();
        foreach (var interval in intervals.OrderBy(i => i[0]))
        {
            if (merged.Count > 0 && interval[0] <= merged[^1][1])
            {
                // Overlaps or touches the last merged stretch.
                merged[^1][1] = Math.Max(merged[^1][1], interval[1]);
            }
            else
            {
                merged.Add([interval[0], interval[1]]);
            }
        }

        return merged.ToArray();
    }
}
