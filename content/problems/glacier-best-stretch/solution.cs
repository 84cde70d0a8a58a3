public class Solution
{
    public long BestStretch(int[] change)
    {
        long best = change[0], current = change[0]; // current: best sum of a stretch ending today
        for (var d = 1; d < change.Length; d++)
        {
            current = Math.Max(change[d], current + change[d]); // extend or start afresh
            best = Math.Max(best, current);
        }

        return best;
    }
}
