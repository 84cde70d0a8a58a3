namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.explaining: the one-pass Two Sum on [3, 8, 4, 11, 6] with target 10,
/// the brute-force pair count at n = 10^5, and the constraint-to-complexity table.</summary>
public sealed class CodingExplainingExampleTests
{
    private const string Topic = "coding.explaining";

    [Fact]
    public void TwoSum_ReturnsTheTracedPair()
    {
        Assert.Equal((2, 4), TwoSum([3, 8, 4, 11, 6], 10));
        Assert.Null(TwoSum([], 10));
        Assert.Null(TwoSum([7], 10));
        Assert.Equal((0, 1), TwoSum([5, 5], 10));
        Notes.Mention(Topic, "so I return **(2, 4)**");
        Notes.Mention(Topic, "[5, 5] with target 10 gives (0, 1)");
    }

    [Fact]
    public void PairCounts_MatchTheNotes()
    {
        Notes.Shows(Topic, "10", 5 * 4 / 2, 0);
        Notes.Shows(Topic, "4,999,950,000", 100_000L * 99_999 / 2, 0);
        Assert.Equal(1_660_964, (int)(1e5 * Math.Log2(1e5)));
    }

    [Fact]
    public void ConstraintTable_MatchesTheNotes()
    {
        Notes.Shows(Topic, "1,048,576", Math.Pow(2, 20), 0);
        Notes.Shows(Topic, "125,000,000", Math.Pow(500, 3), 0);
        Notes.Shows(Topic, "25,000,000", Math.Pow(5000, 2), 0);
        Assert.Equal(2e7, 1e6 * Math.Log2(1e6), 0.1e7);
        Notes.Mention(Topic, "| 10^6 | O(n log n) | about 2 × 10^7 |");
    }

    private static (int, int)? TwoSum(int[] nums, int target)
    {
        var seen = new Dictionary<int, int>();
        for (int i = 0; i < nums.Length; i++)
        {
            int need = target - nums[i];
            if (seen.TryGetValue(need, out int j))
            {
                return (j, i);
            }

            seen[nums[i]] = i;
        }

        return null;
    }
}
