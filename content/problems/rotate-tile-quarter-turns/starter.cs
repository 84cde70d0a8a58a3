public class Solution
{
    public int[][] RotateSprite(int[][] pixels, int turns)
    {
        // Return the grid rotated by `turns` quarter turns (positive = clockwise, negative = counter-clockwise).
        throw new NotImplementedException();
    }
}
