namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.donts: selection rates and the four-fifths impact ratio of the
/// CV-screening audit.</summary>
public sealed class InterviewDontsExampleTests
{
    private const string Topic = "interview.donts";

    [Fact]
    public void ImpactRatio_MatchesTheNotes()
    {
        const double rateA = 300.0 / 1000;
        const double rateB = 90.0 / 500;
        var ratio = rateB / rateA;

        Notes.Shows(Topic, "0.30", rateA, 1e-12);
        Notes.Shows(Topic, "0.18", rateB, 1e-12);
        Notes.Mention(Topic, "$0.18/0.30 = 0.6$");
        Notes.Shows(Topic, "0.6", ratio, 1e-12);
        Assert.True(ratio < 0.8);
    }
}
