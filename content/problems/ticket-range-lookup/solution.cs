public class Solution
{
    public int[] FindRange(int[] stamps, int target)
    {
        var first = FirstAtLeast(stamps, target);
        if (first == stamps.Length || stamps[first] != target)
        {
            return [-1, -1];
        }

        return [first, FirstAtLeast(stamps, (long)target + 1) - 1];
    }

    // The first position whose value is >= value, or the length when there is none.
    private static int FirstAtLeast(int[] stamps, long value)
    {
        int lo = 0, hi = stamps.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (stamps[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
