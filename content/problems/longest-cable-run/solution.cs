public class Solution
{
    public int LongestRun(TreeNode root)
    {
        if (root == null) return 0;
        // Iterative post-order; height = number of nodes on the longest downward path from a node.
        var order = new List<TreeNode>();
        var stack = new Stack<TreeNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            order.Add(node);
            if (node.left != null) stack.Push(node.left);
            if (node.right != null) stack.Push(node.right);
        }

        var height = new Dictionary<TreeNode, int>(ReferenceEqualityComparer.Instance);
        int best = 0;
        for (int i = order.Count - 1; i >= 0; i--) // children before parents
        {
            var node = order[i];
            int left = node.left != null ? height[node.left] : 0;
            int right = node.right != null ? height[node.right] : 0;
            best = Math.Max(best, left + right); // cables on the longest path that turns here
            height[node] = 1 + Math.Max(left, right);
        }
        return best;
    }
}
