public class Solution
{
    public long MaxSignal(int[] gain)
    {
        var n = gain.Length;
        if (n == 1)
        {
            return gain[0];
        }

        // Sensors 0 and n-1 cannot both be on: drop one of them and solve a straight line.
        return Math.Max(BestOnLine(gain, 1, n - 1), BestOnLine(gain, 0, n - 2));
    }

    private static long BestOnLine(int[] gain, int from, int to)
    {
        long take = 0, skip = 0; // best totals with the last sensor on / off
        for (var i = from; i <= to; i++)
        {
            var newTake = skip + gain[i];
            skip = Math.Max(take, skip);
            take = newTake;
        }

        return Math.Max(take, skip);
    }
}
