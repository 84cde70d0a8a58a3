namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.alignment: the KL of best-of-n sampling and an illustrative overoptimisation curve.</summary>
public sealed class GenaiAlignmentExampleTests
{
    private const string Topic = "genai.alignment";
    private const double Alpha = 1, Beta = 0.5;

    private static double BestOfNKl(int n) => Math.Log(n) - ((n - 1) / (double)n);

    private static double Gold(double d) => d * (Alpha - (Beta * d));

    [Theory]
    [InlineData(4, "0.636", "0.798", "0.480")]
    [InlineData(16, "1.835", "1.355", "0.437")]
    [InlineData(64, "3.175", "1.782", "0.194")]
    [InlineData(256, "4.549", "2.133", "-0.142")]
    public void BestOfNTable_MatchesTheNotes(int n, string kl, string distance, string gold)
    {
        var d = Math.Sqrt(BestOfNKl(n));

        Notes.Shows(Topic, kl, BestOfNKl(n));
        Notes.Shows(Topic, distance, d);
        Notes.Shows(Topic, gold, Gold(d));
    }

    [Fact]
    public void Peak_MatchesTheNotes()
    {
        var peak = Alpha / (2 * Beta);

        Assert.Equal(1, peak, 12);
        Assert.Equal(0, BestOfNKl(1), 12);
        Assert.InRange(1.0, BestOfNKl(6), BestOfNKl(7));
        Notes.Mention(Topic, "reached between $n = 6$ and $n = 7$");
    }
}
