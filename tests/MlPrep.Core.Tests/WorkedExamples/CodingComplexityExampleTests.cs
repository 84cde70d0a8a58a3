namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.complexity: a doubling array's copies and step counts at n = 10^5.</summary>
public sealed class CodingComplexityExampleTests
{
    private const string Topic = "coding.complexity";

    /// <summary>Appends n items to an array that starts at capacity 1 and doubles when full.</summary>
    private static (int[] Capacity, long[] Copies) Append(int n)
    {
        var capacity = new int[n];
        var copies = new long[n];
        int size = 0, slots = 1;
        for (var i = 0; i < n; i++)
        {
            if (size == slots)
            {
                copies[i] = size;
                slots *= 2;
            }

            size++;
            capacity[i] = slots;
        }

        return (capacity, copies);
    }

    [Fact]
    public void NineAppends_MatchTheTable()
    {
        var (capacity, copies) = Append(9);
        var total = copies.Sum();

        Notes.Mention(Topic, "| capacity after | " + string.Join(" | ", capacity) + " |");
        Notes.Mention(Topic, "| copies this step | " + string.Join(" | ", copies) + " |");
        Notes.Mention(Topic, "$1 + 2 + 4 + 8 = 15$");
        Assert.Equal(15, total);
        Notes.Shows(Topic, "24", 9 + total, 0);
        Notes.Shows(Topic, "2.67", (9 + total) / 9.0, 0.005);
    }

    [Fact]
    public void MillionAppends_StayUnderThreeOperationsEach()
    {
        const int n = 1_000_000;
        var copies = Append(n).Copies.Sum();

        Notes.Shows(Topic, "1,048,575", copies, 0);
        Notes.Shows(Topic, "2.05", (n + copies) / (double)n, 0.005);
        Assert.True(n + copies < 3L * n);
    }

    [Fact]
    public void StepCounts_MatchTheNotes()
    {
        const double n = 1e5;

        Assert.Equal(17, Math.Log2(n), 0.5);
        Notes.Mention(Topic, "| $\\log_2 n$ | about 17 |");
        Notes.Shows(Topic, "1.66", n * Math.Log2(n) / 1e6, 0.005);
        Notes.Shows(Topic, "1000", n * n / 1e7, 0);
    }

    [Fact]
    public void GrowthFromAThousandToAMillion_MatchesTheIntuition()
    {
        // 1 ms at n = 1000, scaled to n = 10^6.
        var nLogN = 1e6 * Math.Log2(1e6) / (1e3 * Math.Log2(1e3));
        var quadratic = Math.Pow(1e6 / 1e3, 2);

        Assert.Equal(2, nLogN / 1000, 12);
        Assert.Equal(1000, quadratic / 1000, 12);
        Notes.Mention(Topic, "needs about 2 s at $n = 10^6$ if it is $O(n \\log n)$, but about 1000 s if it is $O(n^2)$");
    }
}
