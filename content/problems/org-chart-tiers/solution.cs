public class Solution
{
    public int[][] ChartTiers(TreeNode root)
    {
        var tiers = new List<int[]>();
        if (root == null) return tiers.ToArray();
        var queue = new Queue<TreeNode>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            int width = queue.Count; // everything queued now is exactly one tier
            var tier = new int[width];
            for (int i = 0; i < width; i++)
            {
                var node = queue.Dequeue();
                tier[i] = node.val;
                if (node.left != null) queue.Enqueue(node.left);
                if (node.right != null) queue.Enqueue(node.right);
            }
            tiers.Add(tier);
        }
        return tiers.ToArray();
    }
}
