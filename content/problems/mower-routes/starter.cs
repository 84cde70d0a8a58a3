public class Solution
{
    public int CountRoutes(int[][] field)
    {
        // Return the number of east/south routes avoiding trees, modulo 1_000_000_007.
        throw new NotImplementedException();
    }
}
