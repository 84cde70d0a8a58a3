public class Solution
{
    public int FewestHops(int[] reach)
    {
        // Return the fewest hops from pad 0 to pad n-1, or -1 if it cannot be reached.
        throw new NotImplementedException();
    }
}
