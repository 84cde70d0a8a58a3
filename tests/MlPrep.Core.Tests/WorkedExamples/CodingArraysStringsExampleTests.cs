namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.arrays-strings: prefix sums and in-place compaction.</summary>
public sealed class CodingArraysStringsExampleTests
{
    private const string Topic = "coding.arrays-strings";
    private static readonly int[] Nums = [3, 1, 4, 1, 5, 9, 2];
    private static readonly int[] WithZeros = [4, 0, 5, 0, 0, 7];

    private static long[] PrefixSums(int[] nums)
    {
        var prefix = new long[nums.Length + 1];
        for (var i = 0; i < nums.Length; i++)
        {
            prefix[i + 1] = prefix[i] + nums[i];
        }

        return prefix;
    }

    [Fact]
    public void PrefixSumsAndRangeQuery_MatchTheNotes()
    {
        var prefix = PrefixSums(Nums);
        var rangeSum = prefix[6] - prefix[2];

        Notes.Mention(Topic, "| prefix[$i$] | " + string.Join(" | ", prefix) + " |");
        Assert.Equal(Nums[2..6].Sum(), rangeSum);
        Notes.Shows(Topic, "19", rangeSum, 0);
        Notes.Mention(Topic, "prefix[6] − prefix[2] = 23 − 4 = 19");
        Notes.Shows(Topic, "25", prefix[^1], 0);
    }

    [Fact]
    public void Compaction_MatchesTheTrace()
    {
        var nums = WithZeros.ToArray();
        var states = new List<string>();
        var write = 0;
        for (var read = 0; read < nums.Length; read++)
        {
            if (nums[read] != 0)
            {
                nums[write++] = nums[read];
                states.Add("[" + string.Join(", ", nums) + "]");
            }
        }

        Assert.Equal(3, write);
        Assert.Equal(["[4, 0, 5, 0, 0, 7]", "[4, 5, 5, 0, 0, 7]", "[4, 5, 7, 0, 0, 7]"], states);
        Assert.All(states, s => Notes.Mention(Topic, s));
        Notes.Mention(Topic, "The function returns 3; the first three slots are [4, 5, 7].");
    }
}
