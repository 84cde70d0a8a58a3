public class Solution
{
    public int[][] ChartTiers(TreeNode root)
    {
        // Return the node values level by level, each level left to right.
        throw new NotImplementedException();
    }
}
