public class Solution
{
    public int[] PrefixCounts(string[] names, string[] typed)
    {
        // For each typed string, return how many names (with repeats) start with it.
        throw new NotImplementedException();
    }
}
