namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.graphs: Kahn's topological sort on six tasks and a union-find on seven vertices.</summary>
public sealed class CodingGraphsExampleTests
{
    private const string Topic = "coding.graphs";
    private static readonly (int From, int To)[] Edges = [(3, 1), (4, 1), (4, 0), (1, 2), (0, 2), (2, 5)];

    private static string Show(IEnumerable<int> values) => "[" + string.Join(", ", values) + "]";

    private static (List<int> Order, List<(int Pop, string Indegrees, string Queue)> Trace, string Start) Kahn(int n, (int From, int To)[] edges)
    {
        var adj = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var indeg = new int[n];
        foreach (var (u, v) in edges)
        {
            adj[u].Add(v);
            indeg[v]++;
        }

        var start = Show(indeg);
        var queue = new Queue<int>(Enumerable.Range(0, n).Where(i => indeg[i] == 0));
        var order = new List<int>();
        var trace = new List<(int, string, string)>();
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            order.Add(u);
            foreach (var v in adj[u])
            {
                if (--indeg[v] == 0)
                {
                    queue.Enqueue(v);
                }
            }

            trace.Add((u, Show(indeg), queue.Count == 0 ? "empty" : Show(queue)));
        }

        return (order, trace, start);
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    [Fact]
    public void KahnTrace_MatchesTheTable()
    {
        var (order, trace, start) = Kahn(6, Edges);

        Notes.Mention(Topic, "In-degrees: " + start + ", so the queue starts as [3, 4]");
        foreach (var (pop, indegrees, queue) in trace.Take(trace.Count - 1))
        {
            Notes.Mention(Topic, $"| {pop} | {indegrees} | {queue} |");
        }

        Notes.Mention(Topic, "The order is " + string.Join(", ", order) + ", all six vertices");
        Assert.All(Edges, e => Assert.True(order.IndexOf(e.From) < order.IndexOf(e.To)));
    }

    [Fact]
    public void BackEdge_LeavesOnlyVertexThree()
    {
        var (order, _, _) = Kahn(6, [.. Edges, (5, 4)]);

        Assert.Equal([3], order);
        Notes.Mention(Topic, "only 3 is ever emitted");
        Notes.Mention(Topic, "the function returns []");
    }

    [Fact]
    public void UnionFind_LeavesThreeSets()
    {
        var parent = Enumerable.Range(0, 7).ToArray();
        var size = Enumerable.Repeat(1, 7).ToArray();
        var merged = new List<bool>();
        foreach (var (a, b) in new[] { (0, 1), (2, 3), (1, 3), (4, 5), (0, 2) })
        {
            int ra = Find(parent, a), rb = Find(parent, b);
            merged.Add(ra != rb);
            if (ra == rb)
            {
                continue;
            }

            if (size[ra] < size[rb])
            {
                (ra, rb) = (rb, ra);
            }

            parent[rb] = ra;
            size[ra] += size[rb];
        }

        Assert.Equal([true, true, true, true, false], merged);
        Notes.Shows(Topic, "3", Enumerable.Range(0, 7).Select(x => Find(parent, x)).Distinct().Count(), 0);
        Notes.Mention(Topic, "Three sets remain: {0, 1, 2, 3}, {4, 5}, {6}");
    }
}
