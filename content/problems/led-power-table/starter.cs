public class Solution
{
    public int[] LitCounts(int n)
    {
        // Return [popcount(0), popcount(1), ..., popcount(n)].
        throw new NotImplementedException();
    }
}
