namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.agents: compounding step success, re-sent context cost, and pass@k against pass^k.</summary>
public sealed class GenaiAgentsExampleTests
{
    private const string Topic = "genai.agents";

    private static int InputTokens(int steps) => Enumerable.Range(1, steps).Sum(i => 1500 + (300 * (i - 1)));

    [Fact]
    public void CompoundingSuccess_MatchesTheNotes()
    {
        const double p = 0.95;
        var withRetry = 1 - (0.05 * 0.05);

        Notes.Shows(Topic, "0.599", Math.Pow(p, 10));
        Notes.Shows(Topic, "0.358", Math.Pow(p, 20));
        Notes.Shows(Topic, "0.9975", withRetry, 1e-12);
        Notes.Shows(Topic, "0.975", Math.Pow(withRetry, 10));
    }

    [Fact]
    public void ContextCost_MatchesTheNotes()
    {
        Assert.Equal(28_500, InputTokens(10));
        Notes.Mention(Topic, "28{,}500");
        Assert.Equal(87_000, InputTokens(20));
        Notes.Mention(Topic, "20 steps consume 87,000");
    }

    [Fact]
    public void PassAtKAgainstPassHatK_MatchesTheNotes()
    {
        const double p = 0.6;

        Notes.Shows(Topic, "0.974", 1 - Math.Pow(1 - p, 4));
        Notes.Shows(Topic, "0.130", Math.Pow(p, 4));
    }
}
