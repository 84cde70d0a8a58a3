public class Solution
{
    public int CountIslands(int[][] grid)
    {
        // Count the groups of 1s joined up, down, left or right.
        throw new NotImplementedException();
    }
}
