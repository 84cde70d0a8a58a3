public class Solution
{
    public bool IsValidIndex(TreeNode root)
    {
        // Each node must lie strictly inside the open interval (low, high) set by its ancestors.
        // Bounds are long so that they can sit outside the whole int range.
        var stack = new Stack<(TreeNode Node, long Low, long High)>();
        stack.Push((root, long.MinValue, long.MaxValue));
        while (stack.Count > 0)
        {
            var (node, low, high) = stack.Pop();
            if (node == null) continue;
            if (node.val <= low || node.val >= high) return false;
            stack.Push((node.left, low, node.val));
            stack.Push((node.right, node.val, high));
        }
        return true;
    }
}
