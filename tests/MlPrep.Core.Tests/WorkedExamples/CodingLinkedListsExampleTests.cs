namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.linked-lists: reversal, the middle node and Floyd's cycle finding.</summary>
public sealed class CodingLinkedListsExampleTests
{
    private const string Topic = "coding.linked-lists";
    private static readonly int[] CycleValues = [3, 8, 5, 1, 9, 4];

    private sealed class Node(int val)
    {
        public int Val { get; } = val;

        public Node? Next { get; set; }
    }

    private static Node? Build(params int[] values)
    {
        Node? head = null;
        for (var i = values.Length - 1; i >= 0; i--)
        {
            head = new Node(values[i]) { Next = head };
        }

        return head;
    }

    private static string Arrows(Node? head)
    {
        var parts = new List<string>();
        for (var node = head; node is not null; node = node.Next)
        {
            parts.Add(node.Val.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join(" → ", parts);
    }

    private static Node Middle(Node head)
    {
        Node slow = head;
        Node? fast = head;
        while (fast?.Next is not null)
        {
            slow = slow.Next!;
            fast = fast.Next.Next;
        }

        return slow;
    }

    [Fact]
    public void Reversal_MatchesTheTrace()
    {
        Node? prev = null;
        var curr = Build(1, 2, 3, 4);
        var iteration = 0;
        while (curr is not null)
        {
            var next = curr.Next;
            curr.Next = prev;
            (prev, curr) = (curr, next);
            iteration++;
            var rest = curr is null ? "None" : Arrows(curr);
            Notes.Mention(Topic, $"| {iteration} | {Arrows(prev)} | {rest} |");
        }

        Assert.Equal("4 → 3 → 2 → 1", Arrows(prev));
    }

    [Fact]
    public void Middle_IsTheSecondMiddleForEvenLengths()
    {
        Assert.Equal(3, Middle(Build(1, 2, 3, 4, 5)!).Val);
        Assert.Equal(3, Middle(Build(1, 2, 3, 4)!).Val);
        Notes.Mention(Topic, "The middle template returns 3 for 1 → 2 → 3 → 4 → 5 and also 3 (the second middle) for 1 → 2 → 3 → 4.");
    }

    [Fact]
    public void Floyd_MeetsAtNineAndFindsTheStartFive()
    {
        var nodes = CycleValues.Select(v => new Node(v)).ToArray();
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            nodes[i].Next = nodes[i + 1];
        }

        nodes[^1].Next = nodes[2];

        Node slow = nodes[0], fast = nodes[0];
        var slowSeen = new List<int>();
        var fastSeen = new List<int>();
        do
        {
            slow = slow.Next!;
            fast = fast.Next!.Next!;
            slowSeen.Add(slow.Val);
            fastSeen.Add(fast.Val);
        }
        while (!ReferenceEquals(slow, fast));

        Notes.Mention(Topic, "| slow | " + string.Join(" | ", slowSeen) + " |");
        Notes.Mention(Topic, "| fast | " + string.Join(" | ", fastSeen) + " |");
        Notes.Shows(Topic, "4", slowSeen.Count, 0);
        Assert.Equal(9, slow.Val);

        slow = nodes[0];
        var steps = 0;
        while (!ReferenceEquals(slow, fast))
        {
            slow = slow.Next!;
            fast = fast.Next!;
            steps++;
        }

        Assert.Equal(5, slow.Val);
        Assert.Equal(2, steps);
        Assert.Equal(0, slowSeen.Count % 4);
        Notes.Mention(Topic, "a tail of $\\mu = 2$ nodes and a cycle of $\\lambda = 4$");
        Notes.Mention(Topic, "the cycle starts at 5");
    }
}
