public class Solution
{
    public int FewestTokens(int[] values, int amount)
    {
        // Return the fewest tokens summing exactly to amount, or -1 if impossible.
        throw new NotImplementedException();
    }
}
