namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.language-choice: 32-bit overflow and integer division in C#
/// against Python's rules, and the C# toolkit snippet from the template, run as written.</summary>
public sealed class CodingLanguageChoiceExampleTests
{
    private const string Topic = "coding.language-choice";

    [Fact]
    public void Overflow_MatchesTheTable()
    {
        int x = 46341;
        int billion = 1_000_000_000;

        Notes.Shows(Topic, "2,147,488,281", (long)x * x, 0);
        Notes.Shows(Topic, "2,147,483,647", int.MaxValue, 0);
        Notes.Shows(Topic, "−2,147,479,015", unchecked(x * x), 0);
        Notes.Shows(Topic, "−2147479015", unchecked(x * x), 0);
        Notes.Shows(Topic, "3000000000", 3L * billion, 0);
        Notes.Shows(Topic, "−1294967296", unchecked(billion + billion + billion), 0);
        Assert.Throws<OverflowException>(() => checked(x * x));
    }

    [Fact]
    public void Division_MatchesTheTable()
    {
        int a = -7, b = 2;

        Assert.Equal(-3, a / b);
        Assert.Equal(-1, a % b);
        Assert.Equal(-4, (int)Math.Floor((double)a / b));
        Assert.Equal(1, ((a % b) + b) % b);
        Notes.Mention(Topic, "| −7 divided by 2 | −4 (`//`) | −3 | −3 | −3 |");
        Notes.Mention(Topic, "| −7 mod 2 | 1 | −1 | −1 | −1 |");
    }

    [Fact]
    public void TemplateSnippet_RunsAsDescribed()
    {
        var counts = "banana".CountBy(c => c).ToDictionary();
        var top2 = counts.OrderByDescending(kv => kv.Value).Take(2).ToList();
        var graph = new Dictionary<int, List<int>>();
        if (!graph.TryGetValue(1, out var edges))
        {
            graph[1] = edges = [];
        }

        edges.Add(2);
        var heap = new PriorityQueue<string, int>();
        heap.Enqueue("b", 2);
        heap.Enqueue("a", 1);
        string smallest = heap.Dequeue();
        int[] sorted = [1, 3, 3, 5];
        int i = Array.BinarySearch(sorted, 3);
        var q = new LinkedList<int>([1, 2]);
        q.AddFirst(0);
        q.RemoveLast();
        var words = new[] { "bb", "a", "ccc" }
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToList();
        long big = (long)int.MaxValue * 2;
        int wrapped = unchecked(int.MaxValue + 1);

        Assert.Equal(3, counts['a']);
        Assert.Equal(2, counts['n']);
        Assert.Equal(1, counts['b']);
        Assert.Equal(['a', 'n'], top2.Select(kv => kv.Key));
        Assert.Equal([2], graph[1]);
        Assert.Equal("a", smallest);
        Assert.True(i is 1 or 2);
        Assert.Equal(~4, Array.BinarySearch(sorted, 6));
        Assert.Equal([0, 1], q.ToArray());
        Assert.Equal(["ccc", "bb", "a"], words);
        Assert.Equal(4_294_967_294L, big);
        Assert.Equal(int.MinValue, wrapped);
        Notes.Mention(Topic, "// widen first: 4294967294");
        Notes.Mention(Topic, "// -2147483648");
    }

    [Fact]
    public void QuizNumbers_AreRight()
    {
        var set = new SortedSet<int> { 5, 3 };
        Assert.False(set.Add(5));
        Assert.Equal(2, set.Count);
        Assert.Equal(2_147_488_281L - (1L << 32), unchecked(46341 * 46341));
    }
}
