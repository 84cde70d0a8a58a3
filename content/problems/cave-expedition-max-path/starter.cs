public class Solution
{
    public long BestExpedition(TreeNode root)
    {
        // Return the maximum sum of scores over all paths (at least one node) in the tree.
        throw new NotImplementedException();
    }
}
