namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.communicate-results: normal-approximation intervals for the
/// two recalls, the absolute and relative change, and the monthly catch and review load.</summary>
public sealed class InterviewCommunicateResultsExampleTests
{
    private const string Topic = "interview.communicate-results";
    private const double TestPositives = 1000;
    private const double MonthlyHarmful = 10_000;
    private const double Precision = 0.80;
    private const double BaselineRecall = 0.62;
    private const double NewRecall = 0.71;

    private static double HalfWidth(double p) => 1.96 * Math.Sqrt(p * (1 - p) / TestPositives);

    [Fact]
    public void Intervals_MatchTheTable()
    {
        Notes.Shows(Topic, "0.030", HalfWidth(BaselineRecall));
        Notes.Shows(Topic, "0.028", HalfWidth(NewRecall));
        Notes.Shows(Topic, "0.590", BaselineRecall - HalfWidth(BaselineRecall));
        Notes.Shows(Topic, "0.650", BaselineRecall + HalfWidth(BaselineRecall));
        Notes.Shows(Topic, "0.682", NewRecall - HalfWidth(NewRecall));
        Notes.Shows(Topic, "0.738", NewRecall + HalfWidth(NewRecall));
    }

    [Fact]
    public void ChangeAndWorkload_MatchTheNotes()
    {
        var baselineCaught = BaselineRecall * MonthlyHarmful;
        var newCaught = NewRecall * MonthlyHarmful;

        Notes.Shows(Topic, "14.5", 100 * (NewRecall - BaselineRecall) / BaselineRecall, 0.05);
        Notes.Shows(Topic, "6,200", baselineCaught, 1e-6);
        Notes.Shows(Topic, "7,100", newCaught, 1e-6);
        Notes.Shows(Topic, "900", newCaught - baselineCaught, 1e-6);
        Notes.Shows(Topic, "7,750", baselineCaught / Precision, 1e-6);
        Notes.Shows(Topic, "8,875", newCaught / Precision, 1e-6);
        Notes.Shows(Topic, "1,125", (newCaught - baselineCaught) / Precision, 1e-6);
    }
}
