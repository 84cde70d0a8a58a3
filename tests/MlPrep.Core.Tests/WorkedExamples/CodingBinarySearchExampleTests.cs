namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.binary-search: the least ship capacity for [3, 2, 2, 4, 1, 4]
/// within 3 days, traced iteration by iteration, plus lower_bound and the overflow figures.</summary>
public sealed class CodingBinarySearchExampleTests
{
    private const string Topic = "coding.binary-search";
    private static readonly int[] Weights = [3, 2, 2, 4, 1, 4];

    [Fact]
    public void ShipCapacity_TraceMatchesTheTable()
    {
        int lo = Weights.Max(), hi = Weights.Sum() + 1, iterations = 0;
        Notes.Mention(Topic, $"the search covers [{lo}, {hi})");
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            int days = DaysNeeded(Weights, mid);
            bool fits = days <= 3;
            var update = fits ? $"hi = {mid}" : $"lo = {mid + 1}";
            Notes.Mention(Topic, $"| {lo} | {hi} | {mid} | {days} | {(fits ? "yes" : "no")} | {update} |");
            if (fits)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }

            iterations++;
        }

        Assert.Equal(6, lo);
        Assert.Equal(6, ShipWithinDays(Weights, 3));
        Assert.Equal(4, DaysNeeded(Weights, 5));
        Notes.Mention(Topic, "The loop stops at lo = hi = 6.");
        Notes.Shows(Topic, "4", iterations, 0);
        Notes.Mention(Topic, "matching ⌈log₂ 13⌉ = 4");
        Assert.Equal(4, (int)Math.Ceiling(Math.Log2(13)));
    }

    [Fact]
    public void LowerBound_MatchesTheNotes()
    {
        int[] a = [1, 3, 3, 5, 8];

        Assert.Equal(1, LowerBound(a, 3));
        Assert.Equal(3, LowerBound(a, 4));
        Assert.Equal(5, LowerBound(a, 9));
        Notes.Mention(Topic, "returns 1 for target 3 (the first copy), 3 for target 4 (its insert position) and 5 for target 9 (past the end)");
    }

    [Fact]
    public void IterationCount_MatchesTheNotes()
    {
        Notes.Shows(Topic, "1,073,741,824", Math.Pow(2, 30), 0);
        Assert.True(Math.Pow(2, 30) >= 1e9 && Math.Pow(2, 29) < 1e9);
    }

    [Fact]
    public void QuizNumbers_AreRight()
    {
        Assert.Equal(9, ShipWithinDays([1, 2, 3, 4, 5], 2));
        int lo = 1_500_000_000, hi = 2_000_000_000;
        Assert.Equal(-397_483_648, unchecked(lo + hi) / 2);
        Assert.Equal(1_750_000_000, lo + (hi - lo) / 2);
        Assert.Equal(70, FirstTrue(0, 101, x => x * x > 5000) - 1);
    }

    private static int FirstTrue(int lo, int hi, Func<int, bool> pred)
    {
        while (lo < hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (pred(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static int LowerBound(int[] a, int target) => FirstTrue(0, a.Length, i => a[i] >= target);

    private static int ShipWithinDays(int[] weights, int days)
    {
        bool Fits(int cap)
        {
            int used = 1, load = 0;
            foreach (int w in weights)
            {
                if (load + w > cap)
                {
                    used++;
                    load = 0;
                }

                load += w;
            }

            return used <= days;
        }

        return FirstTrue(weights.Max(), weights.Sum() + 1, Fits);
    }

    private static int DaysNeeded(int[] weights, int cap)
    {
        int used = 1, load = 0;
        foreach (int w in weights)
        {
            if (load + w > cap)
            {
                used++;
                load = 0;
            }

            load += w;
        }

        return used;
    }
}
