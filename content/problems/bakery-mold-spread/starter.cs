public class Solution
{
    public int MinutesUntilMoldy(int[][] rack)
    {
        // Return the minutes until no fresh loaf (1) is left, 0 if none at the start, -1 if impossible.
        throw new NotImplementedException();
    }
}
