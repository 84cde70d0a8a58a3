public class Solution
{
    public int SearchRotated(int[] codes, int target)
    {
        // Return the index of target in the rotated increasing list, or -1.
        throw new NotImplementedException();
    }
}
