public class Solution
{
    public int SearchRotated(int[] codes, int target)
    {
        int lo = 0, hi = codes.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (codes[mid] == target)
            {
                return mid;
            }

            if (codes[lo] <= codes[mid])
            {
                // codes[lo..mid] is sorted: keep it only if the target lies inside its range.
                if (codes[lo] <= target && target < codes[mid])
                {
                    hi = mid - 1;
                }
                else
                {
                    lo = mid + 1;
                }
            }
            else if (codes[mid] < target && target <= codes[hi])
            {
                lo = mid + 1; // codes[mid..hi] is sorted and holds the target's range.
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
