public class Solution
{
    public int LoneBadge(int[] scans)
    {
        // Per bit, count the scans mod 3 with two bit masks: `ones` holds the bits seen once (mod 3),
        // `twos` the bits seen twice. A bit seen a third time is cleared from both.
        int ones = 0, twos = 0;
        foreach (var value in scans)
        {
            ones = (ones ^ value) & ~twos;
            twos = (twos ^ value) & ~ones;
        }

        return ones; // only the lone badge's bits survive
    }
}
