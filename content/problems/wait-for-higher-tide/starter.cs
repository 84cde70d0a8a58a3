public class Solution
{
    public int[] DaysUntilHigher(int[] prices)
    {
        // Return, for each day, the days until a strictly higher price (0 if never).
        throw new NotImplementedException();
    }
}
