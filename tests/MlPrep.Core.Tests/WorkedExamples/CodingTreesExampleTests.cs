namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.trees: a BST built from 6, 3, 9, 1, 4, 8, 2, its traversal, height and validation.</summary>
public sealed class CodingTreesExampleTests
{
    private const string Topic = "coding.trees";
    private static readonly int[] Keys = [6, 3, 9, 1, 4, 8, 2];

    private sealed class Node(int val)
    {
        public int Val { get; } = val;

        public Node? Left { get; set; }

        public Node? Right { get; set; }
    }

    private static Node Insert(Node? root, int val)
    {
        if (root is null)
        {
            return new Node(val);
        }

        if (val < root.Val)
        {
            root.Left = Insert(root.Left, val);
        }
        else
        {
            root.Right = Insert(root.Right, val);
        }

        return root;
    }

    private static Node? Build(IEnumerable<int> keys) => keys.Aggregate((Node?)null, Insert);

    private static int Height(Node? root) => root is null ? 0 : 1 + Math.Max(Height(root.Left), Height(root.Right));

    private static bool IsBst(Node? root, long lo = long.MinValue, long hi = long.MaxValue) =>
        root is null
        || (lo < root.Val && root.Val < hi && IsBst(root.Left, lo, root.Val) && IsBst(root.Right, root.Val, hi));

    private static List<(int Visit, List<int> Stack)> Inorder(Node? root)
    {
        var visits = new List<(int, List<int>)>();
        var stack = new Stack<Node>();
        var node = root;
        while (stack.Count > 0 || node is not null)
        {
            while (node is not null)
            {
                stack.Push(node);
                node = node.Left;
            }

            node = stack.Pop();
            visits.Add((node.Val, stack.Reverse().Select(n => n.Val).ToList()));
            node = node.Right;
        }

        return visits;
    }

    [Fact]
    public void InorderTraversal_MatchesTheTable()
    {
        var visits = Inorder(Build(Keys));

        Notes.Mention(Topic, "Output: " + string.Join(", ", visits.Select(v => v.Visit)) + ", sorted");
        foreach (var (visit, stack) in visits)
        {
            var shown = stack.Count == 0 ? "empty" : string.Join(", ", stack);
            Notes.Mention(Topic, $"| {visit} | {shown}");
        }
    }

    [Fact]
    public void HeightAndValidity_MatchTheNotes()
    {
        var root = Build(Keys);

        Assert.Equal(4, Height(root));
        Assert.True(IsBst(root));
        Notes.Mention(Topic, "The height is 4 nodes (6 → 3 → 1 → 2)");
    }

    [Fact]
    public void BrokenTree_PassesTheLocalCheckButNotTheBounds()
    {
        var root = new Node(6) { Left = new Node(3) { Right = new Node(7) }, Right = new Node(9) };

        Assert.True(root.Left!.Right!.Val > root.Left.Val);
        Assert.False(IsBst(root));
        Notes.Mention(Topic, "the bounds check reaches 7 with the interval (3, 6) and rejects it");
    }

    [Fact]
    public void Balance_DecidesTheHeight()
    {
        Notes.Shows(Topic, "7", Height(Build(Enumerable.Range(1, 7))), 0);
        Notes.Mention(Topic, "a chain of height 7 instead of 3");
        Assert.Equal(3, Height(Build([4, 2, 6, 1, 3, 5, 7])));
        Notes.Shows(Topic, "20", Math.Ceiling(Math.Log2(1e6 + 1)), 0);
        Assert.True(Math.Pow(2, 20) - 1 >= 1e6);
    }
}
