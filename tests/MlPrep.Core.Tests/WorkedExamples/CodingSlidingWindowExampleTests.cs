namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.sliding-window: the at-most-k-distinct window on "abaccc",
/// traced step by step, and the brute-force counts it is compared with.</summary>
public sealed class CodingSlidingWindowExampleTests
{
    private const string Topic = "coding.sliding-window";

    [Fact]
    public void Template_FindsTheLongestWindow()
    {
        Assert.Equal((4, 2), LongestAtMostKDistinct("abaccc", 2));
        Assert.Equal((3, 0), LongestAtMostKDistinct("eceba", 2));
        Assert.Equal((0, 0), LongestAtMostKDistinct("", 2));
        Assert.Equal((3, 1), LongestAtMostKDistinct("abcba", 2));
        Notes.Mention(Topic, "length 4 starting at index 2 (\"accc\")");
    }

    [Fact]
    public void Trace_MatchesTheTable()
    {
        const string s = "abaccc";
        var counts = new Dictionary<char, int>();
        int left = 0, best = 0, leftMoves = 0;
        for (int right = 0; right < s.Length; right++)
        {
            counts[s[right]] = counts.GetValueOrDefault(s[right]) + 1;
            while (counts.Count > 2)
            {
                char gone = s[left];
                if (--counts[gone] == 0)
                {
                    counts.Remove(gone);
                }

                left++;
                leftMoves++;
            }

            best = Math.Max(best, right - left + 1);
            var shown = string.Join(", ", counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}:{kv.Value}"));
            Notes.Mention(Topic, $"| {right} | {s[right]} | {shown} | {left} | {s[left..(right + 1)]} | {best} |");
        }

        Assert.Equal(2, leftMoves);
        Notes.Mention(Topic, "6 moves of `right` and 2 moves of `left`, 8 pointer moves against a bound of 2n = 12");
        Notes.Shows(Topic, "21", s.Length * (s.Length + 1) / 2.0, 0);
    }

    [Fact]
    public void BruteForceCount_MatchesTheNotes()
    {
        const long n = 100_000;
        Notes.Shows(Topic, "5,000,050,000", n * (n + 1) / 2, 0);
        Notes.Shows(Topic, "200,000", 2 * n, 0);
    }

    [Fact]
    public void QuizNumbers_AreRight()
    {
        Assert.Equal(7, AtMost([1, 2, 1, 2, 3], 2) - AtMost([1, 2, 1, 2, 3], 1));
        Assert.Equal(12, AtMost([1, 2, 1, 2, 3], 2));
        int[] nums = [2, 1, 5, 1, 3, 2];
        var sums = Enumerable.Range(0, nums.Length - 2).Select(i => nums[i] + nums[i + 1] + nums[i + 2]).ToArray();
        Assert.Equal([8, 7, 9, 6], sums);
    }

    private static (int Length, int Start) LongestAtMostKDistinct(string s, int k)
    {
        var counts = new Dictionary<char, int>();
        int left = 0, bestLen = 0, bestStart = 0;
        for (int right = 0; right < s.Length; right++)
        {
            counts[s[right]] = counts.GetValueOrDefault(s[right]) + 1;
            while (counts.Count > k)
            {
                char gone = s[left];
                if (--counts[gone] == 0)
                {
                    counts.Remove(gone);
                }

                left++;
            }

            if (right - left + 1 > bestLen)
            {
                (bestLen, bestStart) = (right - left + 1, left);
            }
        }

        return (bestLen, bestStart);
    }

    private static int AtMost(int[] a, int k)
    {
        var counts = new Dictionary<int, int>();
        int left = 0, total = 0;
        for (int right = 0; right < a.Length; right++)
        {
            counts[a[right]] = counts.GetValueOrDefault(a[right]) + 1;
            while (counts.Count > k)
            {
                if (--counts[a[left]] == 0)
                {
                    counts.Remove(a[left]);
                }

                left++;
            }

            total += right - left + 1;
        }

        return total;
    }
}
