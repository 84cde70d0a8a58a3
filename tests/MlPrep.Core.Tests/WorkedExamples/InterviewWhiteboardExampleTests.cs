namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.whiteboard: the binary-search traces for a present and an
/// absent target, the probe bound and the final insertion point.</summary>
public sealed class InterviewWhiteboardExampleTests
{
    private const string Topic = "interview.whiteboard";
    private static readonly int[] A = [1, 3, 5, 7, 9, 11, 13];

    private static (int Index, List<int> Probes, int Lo) Search(int[] a, int target)
    {
        var probes = new List<int>();
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            probes.Add(mid);
            if (a[mid] == target)
            {
                return (mid, probes, lo);
            }

            if (a[mid] < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (-1, probes, lo);
    }

    [Fact]
    public void PresentTarget_MatchesTheTrace()
    {
        var (index, probes, _) = Search(A, 11);

        Assert.Equal(5, index);
        int[] expected = [3, 5];
        Assert.Equal(expected, probes);
        Notes.Mention(Topic, "| 1 | 0 | 6 | 3 | 7 | 7 < 11, lo = 4 |");
        Notes.Mention(Topic, "| 2 | 4 | 6 | 5 | 11 | found, return 5 |");
    }

    [Fact]
    public void AbsentTarget_MatchesTheTrace()
    {
        var (index, probes, lo) = Search(A, 4);

        Assert.Equal(-1, index);
        int[] expected = [3, 1, 2];
        Assert.Equal(expected, probes);
        Notes.Mention(Topic, "| 3 | 2 | 2 | 2 | 5 | 5 > 4, hi = 1 |");
        Notes.Shows(Topic, "3", Math.Floor(Math.Log2(A.Length)) + 1, 0);
        Assert.Equal(probes.Count, (int)Math.Floor(Math.Log2(A.Length)) + 1);
        Notes.Mention(Topic, "The loop ends with lo = 2");
        Assert.Equal(2, lo);
        Assert.Equal(~Array.BinarySearch(A, 4), lo);
    }

    [Fact]
    public void EmptyArray_ReturnsMinusOne()
    {
        Assert.Equal(-1, Search([], 4).Index);
        Notes.Mention(Topic, "The empty array gives hi = -1");
    }
}
