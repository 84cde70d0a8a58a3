public class Solution
{
    public int[] WindowPeaks(int[] readings, int k)
    {
        // Positions whose readings strictly decrease from front to back, in a ring-free array deque.
        var candidates = new int[readings.Length];
        int head = 0, tail = 0;
        var peaks = new int[readings.Length - k + 1];
        for (var i = 0; i < readings.Length; i++)
        {
            while (tail > head && readings[candidates[tail - 1]] <= readings[i])
            {
                tail--; // Older and not higher: can never be a block maximum again.
            }

            candidates[tail++] = i;
            if (candidates[head] <= i - k)
            {
                head++; // The front has left the block.
            }

            if (i >= k - 1)
            {
                peaks[i - k + 1] = readings[candidates[head]];
            }
        }

        return peaks;
    }
}
