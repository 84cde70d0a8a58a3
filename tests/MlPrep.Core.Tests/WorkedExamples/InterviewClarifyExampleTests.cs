namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.clarify: the numbers the fraud-detection restatement
/// derives from the interviewer's answers.</summary>
public sealed class InterviewClarifyExampleTests
{
    private const string Topic = "interview.clarify";
    private const double TransactionsPerDay = 2_000_000;
    private const double FraudRate = 0.001;
    private const double SecondsPerDay = 86_400;
    private const double PeakFactor = 5;

    [Fact]
    public void RestatementNumbers_MatchTheNotes()
    {
        var averageRate = TransactionsPerDay / SecondsPerDay;

        Notes.Shows(Topic, "2,000", TransactionsPerDay * FraudRate, 1e-9);
        Notes.Shows(Topic, "23.1", averageRate, 0.05);
        Notes.Mention(Topic, "about 116 per second");
        Assert.Equal(116, Math.Round(PeakFactor * averageRate));
        Notes.Shows(Topic, "99.9", 100 * (1 - FraudRate), 1e-9);
    }
}
