public class Solution
{
    public bool IsValidIndex(TreeNode root)
    {
        // Return true if every left subtree holds only smaller values and every right subtree only larger ones.
        throw new NotImplementedException();
    }
}
