public class Solution
{
    public long BestPayload(int[] mass, int[] science, int capacity)
    {
        // best[c]: largest science with total mass at most c, using the instruments seen so far.
        var best = new long[capacity + 1];
        for (var i = 0; i < mass.Length; i++)
        {
            // Descending c, so best[c - w] still excludes instrument i (each is used once).
            for (var c = capacity; c >= mass[i]; c--)
            {
                best[c] = Math.Max(best[c], best[c - mass[i]] + science[i]);
            }
        }

        return best[capacity];
    }
}
