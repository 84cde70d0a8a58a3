public class Solution
{
    public int LongestRun(TreeNode root)
    {
        // Return the number of edges on the longest path between any two nodes.
        throw new NotImplementedException();
    }
}
