public class Solution
{
    public long BestExpedition(TreeNode root)
    {
        // Iterative post-order: down[node] is the best route that starts at node and goes down.
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

        var down = new Dictionary<TreeNode, long>(ReferenceEqualityComparer.Instance);
        long best = root.val;
        for (int i = order.Count - 1; i >= 0; i--) // children before parents
        {
            var node = order[i];
            long left = node.left != null ? Math.Max(down[node.left], 0) : 0;   // a losing branch is not taken
            long right = node.right != null ? Math.Max(down[node.right], 0) : 0;
            best = Math.Max(best, node.val + left + right); // the route that turns at this node
            down[node] = node.val + Math.Max(left, right);
        }
        return best;
    }
}
