public class Solution
{
    public int FewestHops(int[] reach)
    {
        var last = reach.Length - 1;
        int hops = 0, frontierEnd = 0; // frontierEnd: farthest pad reachable with `hops` hops
        long farthest = 0;              // farthest pad reachable with one more hop
        for (var i = 0; i < last && frontierEnd < last; i++)
        {
            farthest = Math.Max(farthest, (long)i + reach[i]);
            if (i == frontierEnd)
            {
                if (farthest <= i)
                {
                    return -1; // stuck: no pad in this layer gets past pad i
                }

                hops++;
                frontierEnd = (int)Math.Min(farthest, last);
            }
        }

        return hops;
    }
}
