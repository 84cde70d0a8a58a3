public class Solution
{
    public int[] UcbArms(int[][] rewards, double c)
    {
        int k = rewards[0].Length;
        var pulls = new int[k];
        var sums = new int[k];
        var chosen = new int[rewards.Length];
        for (int n = 0; n < rewards.Length; n++)
        {
            int arm = 0;
            if (n < k) arm = n;
            else
            {
                double logN = Math.Log(n), best = double.NegativeInfinity;
                for (int a = 0; a < k; a++)
                {
                    double score = (double)sums[a] / pulls[a] + c * Math.Sqrt(logN / pulls[a]);
                    if (score > best) { best = score; arm = a; }
                }
            }
            pulls[arm]++;
            sums[arm] += rewards[n][arm];
            chosen[n] = arm;
        }
        return chosen;
    }
}
