public class Solution
{
    public int[] ShortestCover(int[][] regions, int[] positions)
    {
        // For each position, return the length r - l + 1 of the shortest region [l, r] containing it, or -1.
        throw new NotImplementedException();
    }
}
