namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked examples of coding.heap-patterns: the two-heap running median of 5, 15, 1, 3, 8,
/// top-3 of [3, 1, 5, 12, 2, 11], a k-way merge, and the n log k against n log n comparison.</summary>
public sealed class CodingHeapPatternsExampleTests
{
    private const string Topic = "coding.heap-patterns";

    [Fact]
    public void RunningMedian_TableMatchesTheNotes()
    {
        var median = new RunningMedian();
        foreach (int x in new[] { 5, 15, 1, 3, 8 })
        {
            median.Add(x);
            var shown = median.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            Notes.Mention(Topic, $"| {x} | {{{string.Join(", ", median.Low)}}} | {{{string.Join(", ", median.High)}}} | {shown} |");
        }

        Notes.Mention(Topic, "The median is (3 + 5) / 2 = **4**.");
    }

    [Fact]
    public void TopK_MatchesTheNotes()
    {
        var heap = new PriorityQueue<int, int>();
        var roots = new List<int>();
        foreach (int x in new[] { 3, 1, 5, 12, 2, 11 })
        {
            if (heap.Count < 3)
            {
                heap.Enqueue(x, x);
            }
            else if (x > heap.Peek())
            {
                heap.DequeueEnqueue(x, x);
            }

            roots.Add(heap.Peek());
        }

        Assert.Equal([3, 1, 1, 3, 3, 5], roots);
        Assert.Equal([12, 11, 5], TopKLargest([3, 1, 5, 12, 2, 11], 3));
        Notes.Mention(Topic, "The heap ends as {5, 11, 12}, and the answer is [12, 11, 5].");
    }

    [Fact]
    public void MergeK_ProducesSortedOutput()
    {
        int[][] lists = [[1, 4, 7], [2, 5], [3, 6, 9], []];

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 9], MergeKSorted(lists));
    }

    [Fact]
    public void CostComparison_MatchesTheNotes()
    {
        const double n = 1e6;
        Assert.Equal(3.3e6, n * Math.Log2(10), 0.05e6);
        Assert.Equal(2.0e7, n * Math.Log2(n), 0.05e7);
        Notes.Mention(Topic, "n log₂ k ≈ 3.3 × 10^6 against n log₂ n ≈ 2.0 × 10^7");
    }

    private static int[] TopKLargest(IEnumerable<int> nums, int k)
    {
        var heap = new PriorityQueue<int, int>();
        foreach (int x in nums)
        {
            if (heap.Count < k)
            {
                heap.Enqueue(x, x);
            }
            else if (x > heap.Peek())
            {
                heap.DequeueEnqueue(x, x);
            }
        }

        return [.. heap.UnorderedItems.Select(e => e.Element).OrderDescending()];
    }

    private static List<int> MergeKSorted(int[][] lists)
    {
        var heap = new PriorityQueue<(int List, int Pos), int>();
        for (int i = 0; i < lists.Length; i++)
        {
            if (lists[i].Length > 0)
            {
                heap.Enqueue((i, 0), lists[i][0]);
            }
        }

        var output = new List<int>();
        while (heap.TryDequeue(out var at, out int value))
        {
            output.Add(value);
            if (at.Pos + 1 < lists[at.List].Length)
            {
                heap.Enqueue((at.List, at.Pos + 1), lists[at.List][at.Pos + 1]);
            }
        }

        return output;
    }

    private sealed class RunningMedian
    {
        private readonly PriorityQueue<int, int> _low = new(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        private readonly PriorityQueue<int, int> _high = new();

        public IEnumerable<int> Low => _low.UnorderedItems.Select(e => e.Element).Order();

        public IEnumerable<int> High => _high.UnorderedItems.Select(e => e.Element).Order();

        public double Value => _low.Count > _high.Count ? _low.Peek() : (_low.Peek() + (double)_high.Peek()) / 2;

        public void Add(int x)
        {
            _low.Enqueue(x, x);
            int up = _low.Dequeue();
            _high.Enqueue(up, up);
            if (_high.Count > _low.Count)
            {
                int down = _high.Dequeue();
                _low.Enqueue(down, down);
            }
        }
    }
}
