public class Solution
{
    public long TrappedWater(int[] heights)
    {
        // Return the total water held above the profile after rain.
        throw new NotImplementedException();
    }
}
