namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.portfolio: precision, recall, base rate and lift of the
/// churn pitch at the top-20% cut-off.</summary>
public sealed class InterviewPortfolioExampleTests
{
    private const string Topic = "interview.portfolio";
    private const double TestCustomers = 1409;
    private const double Churners = 374;
    private const double Flagged = 282;
    private const double Caught = 183;

    [Fact]
    public void CutOffMetrics_MatchTheNotes()
    {
        var precision = Caught / Flagged;
        var baseRate = Churners / TestCustomers;

        Notes.Shows(Topic, "1,409", Math.Round(0.2 * 7043), 0);
        Notes.Shows(Topic, "282", Math.Round(0.2 * TestCustomers), 0);
        Notes.Shows(Topic, "0.649", precision);
        Notes.Shows(Topic, "0.489", Caught / Churners);
        Notes.Shows(Topic, "0.265", baseRate);
        Notes.Shows(Topic, "2.44", precision / baseRate, 5e-3);
    }

    [Fact]
    public void RandomBaseline_MatchesTheNotes()
    {
        Notes.Mention(Topic, "a random 20% would catch about 75 churners");
        Assert.Equal(75, Math.Round(0.2 * Churners));
    }
}
