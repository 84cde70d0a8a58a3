public class Solution
{
    public double MutualInformation(long[][] counts)
    {
        int r = counts.Length, k = counts[0].Length;
        var rows = new double[r];
        var cols = new double[k];
        double n = 0.0;
        for (int i = 0; i < r; i++)
            for (int j = 0; j < k; j++)
            {
                rows[i] += counts[i][j];
                cols[j] += counts[i][j];
                n += counts[i][j];
            }
        double mi = 0.0;
        for (int i = 0; i < r; i++)
            for (int j = 0; j < k; j++)
            {
                long c = counts[i][j];
                if (c == 0) continue;
                mi += c / n * Math.Log2(c * n / (rows[i] * cols[j]));
            }
        return mi;
    }
}
