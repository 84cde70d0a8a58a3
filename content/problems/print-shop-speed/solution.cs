public class Solution
{
    public int MinPrintSpeed(int[] jobs, long hours)
    {
        // At the largest job's size every job takes one hour, and n <= hours.
        int lo = 1, hi = jobs.Max();
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (HoursNeeded(jobs, mid) <= hours)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static long HoursNeeded(int[] jobs, int speed)
    {
        long total = 0;
        foreach (var pages in jobs)
        {
            total += ((long)pages + speed - 1) / speed; // ceil(pages / speed)
        }

        return total;
    }
}
