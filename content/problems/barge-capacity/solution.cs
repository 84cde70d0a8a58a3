public class Solution
{
    public long MinCapacity(int[] crates, int days)
    {
        long lo = 0, hi = 0;
        foreach (var weight in crates)
        {
            lo = Math.Max(lo, weight); // The barge must carry the heaviest crate.
            hi += weight;              // One trip with everything always works.
        }

        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (TripsNeeded(crates, mid) <= days)
            {
                hi = mid; // mid works: the answer is mid or smaller.
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static int TripsNeeded(int[] crates, long capacity)
    {
        int trips = 1;
        long load = 0;
        foreach (var weight in crates)
        {
            if (load + weight > capacity)
            {
                trips++; // This crate waits for the next day.
                load = 0;
            }

            load += weight;
        }

        return trips;
    }
}
