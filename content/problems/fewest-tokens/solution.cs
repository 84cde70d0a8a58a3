public class Solution
{
    public int FewestTokens(int[] values, int amount)
    {
        var unreachable = amount + 1; // more tokens than any exact refund can need
        var best = new int[amount + 1];
        Array.Fill(best, unreachable);
        best[0] = 0;
        foreach (var value in values.Distinct())
        {
            for (var total = value; total <= amount; total++)
            {
                best[total] = Math.Min(best[total], best[total - value] + 1);
            }
        }

        return best[amount] <= amount ? best[amount] : -1;
    }
}
