public class Solution
{
    public int[] FindRange(int[] stamps, int target)
    {
        // Return [first, last] positions of target in the sorted list, or [-1, -1].
        throw new NotImplementedException();
    }
}
