public class Solution
{
    public int[] SpiralReadout(int[][] grid)
    {
        // Return the values in clockwise spiral order, starting at the top-left and moving inwards.
        throw new NotImplementedException();
    }
}
