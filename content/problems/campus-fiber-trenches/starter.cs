public class Solution
{
    public long MinTrenchCost(int n, int[][] trenches)
    {
        // Return the minimum total cost to link all buildings, or -1 if impossible.
        throw new NotImplementedException();
    }
}
