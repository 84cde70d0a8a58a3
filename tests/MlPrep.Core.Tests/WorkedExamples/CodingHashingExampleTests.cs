using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.hashing: counting subarrays with sum 3 through a map of prefix counts.</summary>
public sealed class CodingHashingExampleTests
{
    private const string Topic = "coding.hashing";
    private const int K = 3;
    private static readonly int[] Nums = [2, -1, 3, 1, -2, 3];

    /// <summary>Writes an integer the way the notes do, with a true minus sign.</summary>
    private static string Show(long x) => x < 0 ? "−" + (-x).ToString(CultureInfo.InvariantCulture) : x.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void PrefixCountTrace_MatchesTheTable()
    {
        var seen = new Dictionary<long, int> { [0] = 1 };
        long prefix = 0;
        var count = 0;
        foreach (var x in Nums)
        {
            prefix += x;
            var found = seen.GetValueOrDefault(prefix - K);
            count += found;
            seen[prefix] = seen.GetValueOrDefault(prefix) + 1;
            Notes.Mention(Topic, $"| {Show(x)} | {Show(prefix)} | {Show(prefix - K)} | {found} | {count} |");
        }

        Notes.Shows(Topic, "4", count, 0);
        Notes.Mention(Topic, "The answer is 4 subarrays");
    }

    [Fact]
    public void BruteForce_AgreesAndCountsTwentyOneSubarrays()
    {
        var n = Nums.Length;
        var subarrays = 0;
        var hits = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                subarrays++;
                if (Nums[i..(j + 1)].Sum() == K)
                {
                    hits++;
                }
            }
        }

        Assert.Equal(4, hits);
        Assert.Equal(21, subarrays);
        Notes.Mention(Topic, "checking all 21 subarrays");
    }

    [Fact]
    public void ModuloSevenBuckets_FormOneChain()
    {
        int[] keys = [1, 8, 15, 22, 29];
        var buckets = keys.GroupBy(k => k % 7).ToList();

        Assert.Single(buckets);
        Assert.Equal(1, buckets[0].Key);
        Notes.Mention(Topic, "the keys 1, 8, 15, 22, 29 all land in bucket 1, one chain of 5");
    }

    [Fact]
    public void AnagramGroups_MatchTheNotes()
    {
        string[] words = ["eat", "tea", "tan", "ate", "nat"];
        var groups = words.GroupBy(w => string.Concat(w.Order())).ToDictionary(g => g.Key, g => string.Join(", ", g));

        Assert.Equal(2, groups.Count);
        Notes.Mention(Topic, $"aet → [{groups["aet"]}] and ant → [{groups["ant"]}]");
    }
}
