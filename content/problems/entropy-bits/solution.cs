public class Solution
{
    public double EntropyBits(long[] counts)
    {
        double total = counts.Sum();
        double h = 0.0;
        foreach (long c in counts)
        {
            if (c == 0) continue;                 // 0 log 0 = 0
            double p = c / total;
            h -= p * Math.Log2(p);
        }
        return h;
    }
}
