public class Solution
{
    public int[] ModuleOrder(int n, int[][] rules)
    {
        // Return the lexicographically smallest order respecting every [before, after] rule, or [] on a cycle.
        throw new NotImplementedException();
    }
}
