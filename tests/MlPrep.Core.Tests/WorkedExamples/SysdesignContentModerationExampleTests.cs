namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.content-moderation: precision under a low base rate and the review capacity.</summary>
public sealed class SysdesignContentModerationExampleTests
{
    private const string Topic = "sysdesign.content-moderation";
    private const double Prevalence = 0.005;
    private const double PostsPerDay = 500e6;

    private static double Precision(double recall, double falsePositiveRate) =>
        recall * Prevalence / ((recall * Prevalence) + (falsePositiveRate * (1 - Prevalence)));

    [Fact]
    public void PrecisionAtTwoThresholds_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.323", Precision(0.95, 0.01));
        Notes.Shows(Topic, "0.889", Precision(0.80, 0.0005));
    }

    [Fact]
    public void IngestAndReviewCapacity_MatchTheNotes()
    {
        var perSecond = PostsPerDay / 86_400;
        var flagged = PostsPerDay * ((0.95 * Prevalence) + (0.01 * (1 - Prevalence)));

        Notes.Shows(Topic, "5,787", perSecond, 0.5);
        Notes.Shows(Topic, "17,361", 3 * perSecond, 0.5);
        Notes.Shows(Topic, "7,350,000", flagged, 1);
        Notes.Shows(Topic, "2,500", 1_000_000 / 400.0, 0);
    }
}
