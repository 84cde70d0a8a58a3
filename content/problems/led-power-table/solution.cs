public class Solution
{
    public int[] LitCounts(int n)
    {
        var counts = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            counts[i] = counts[i >> 1] + (i & 1); // i without its last bit, plus that bit
        }

        return counts;
    }
}
