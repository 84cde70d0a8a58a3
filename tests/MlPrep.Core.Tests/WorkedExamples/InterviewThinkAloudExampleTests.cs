namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.think-aloud: the substring count behind the brute force,
/// and the sliding-window answers for "abcabcbb" and "abba", with and without the left-edge check.</summary>
public sealed class InterviewThinkAloudExampleTests
{
    private const string Topic = "interview.think-aloud";

    private static int LongestUnique(string s, bool checkLeftEdge)
    {
        var last = new Dictionary<char, int>();
        int left = 0, best = 0;
        for (var right = 0; right < s.Length; right++)
        {
            if (last.TryGetValue(s[right], out var previous) && (!checkLeftEdge || previous >= left))
            {
                left = previous + 1;
            }

            last[s[right]] = right;
            best = Math.Max(best, right - left + 1);
        }

        return best;
    }

    [Fact]
    public void BruteForceCount_MatchesTheNotes()
    {
        const int n = 8;
        Notes.Mention(Topic, "$8 \\cdot 9/2 = 36$");
        Notes.Shows(Topic, "36", n * (n + 1) / 2, 0);
    }

    [Fact]
    public void SlidingWindow_MatchesTheTrace()
    {
        Assert.Equal(3, LongestUnique("abcabcbb", checkLeftEdge: true));
        Notes.Mention(Topic, "For `abcabcbb` the answer is 3");
        Assert.Equal(0, LongestUnique(string.Empty, checkLeftEdge: true));
        Assert.Equal(1, LongestUnique("bbbb", checkLeftEdge: true));
        Notes.Mention(Topic, "the empty string gives 0, `bbbb` gives 1");
    }

    [Fact]
    public void LeftEdgeCheck_MattersForAbba()
    {
        Assert.Equal(2, LongestUnique("abba", checkLeftEdge: true));
        Assert.Equal(3, LongestUnique("abba", checkLeftEdge: false));
        Notes.Mention(Topic, "Without that check I would return 3 instead of 2.");
    }
}
