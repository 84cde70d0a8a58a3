public class Solution
{
    public long MinRepairCost(int[] cost)
    {
        // Return the least total cost of the steps landed on when climbing 1, 2 or 3 steps at a time.
        throw new NotImplementedException();
    }
}
