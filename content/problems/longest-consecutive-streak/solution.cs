public class Solution
{
    public int LongestStreak(int[] nums)
    {
        var owned = new HashSet<long>();
        foreach (var x in nums)
        {
            owned.Add(x);
        }

        var best = 0;
        foreach (var x in owned)
        {
            if (owned.Contains(x - 1))
            {
                continue; // Not the start of a streak.
            }

            var y = x;
            while (owned.Contains(y + 1))
            {
                y++;
            }

            best = Math.Max(best, (int)(y - x + 1));
        }

        return best;
    }
}
