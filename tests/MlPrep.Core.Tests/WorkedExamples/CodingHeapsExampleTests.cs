namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.heaps: bottom-up heapify of [7, 4, 9, 1, 8, 2], a pop, a push and heap sort.</summary>
public sealed class CodingHeapsExampleTests
{
    private const string Topic = "coding.heaps";
    private static readonly int[] Data = [7, 4, 9, 1, 8, 2];

    private static string Show(IEnumerable<int> a) => "[" + string.Join(", ", a) + "]";

    /// <summary>Sifts a[i] down and records the array after every swap.</summary>
    private static void SiftDown(List<int> a, int i, List<string> afterSwaps)
    {
        while (true)
        {
            int smallest = i, l = (2 * i) + 1, r = (2 * i) + 2;
            if (l < a.Count && a[l] < a[smallest])
            {
                smallest = l;
            }

            if (r < a.Count && a[r] < a[smallest])
            {
                smallest = r;
            }

            if (smallest == i)
            {
                return;
            }

            (a[i], a[smallest]) = (a[smallest], a[i]);
            afterSwaps.Add(Show(a));
            i = smallest;
        }
    }

    private static List<int> Heapify(IEnumerable<int> items, List<string> afterSwaps)
    {
        var a = items.ToList();
        for (var i = (a.Count / 2) - 1; i >= 0; i--)
        {
            SiftDown(a, i, afterSwaps);
        }

        return a;
    }

    private static int Pop(List<int> a)
    {
        var top = a[0];
        a[0] = a[^1];
        a.RemoveAt(a.Count - 1);
        if (a.Count > 0)
        {
            SiftDown(a, 0, []);
        }

        return top;
    }

    private static void Push(List<int> a, int x)
    {
        a.Add(x);
        var i = a.Count - 1;
        while (i > 0 && a[(i - 1) / 2] > a[i])
        {
            var p = (i - 1) / 2;
            (a[i], a[p]) = (a[p], a[i]);
            i = p;
        }
    }

    [Fact]
    public void Heapify_MatchesTheTable()
    {
        var swaps = new List<string>();
        var heap = Heapify(Data, swaps);

        Assert.Equal(["[7, 4, 2, 1, 8, 9]", "[7, 1, 2, 4, 8, 9]", "[1, 7, 2, 4, 8, 9]", "[1, 4, 2, 7, 8, 9]"], swaps);
        Assert.All(swaps, s => Notes.Mention(Topic, s));
        Notes.Mention(Topic, "Four swaps give the heap " + Show(heap));
    }

    [Fact]
    public void PopPushAndDrain_MatchTheNotes()
    {
        var heap = Heapify(Data, []);

        Assert.Equal(1, Pop(heap));
        Notes.Mention(Topic, "sift down past the smaller child 2: " + Show(heap));
        Push(heap, 3);
        Notes.Mention(Topic, "so swap: " + Show(heap));

        var drained = new List<int>();
        while (heap.Count > 0)
        {
            drained.Add(Pop(heap));
        }

        Assert.Equal(drained.Order(), drained);
        Notes.Mention(Topic, "Popping everything now yields " + string.Join(", ", drained) + ": heap sort");
    }
}
