namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.trade-offs: daily error costs, precision and review load of
/// the two fraud models.</summary>
public sealed class InterviewTradeOffsExampleTests
{
    private const string Topic = "interview.trade-offs";
    private const double Transactions = 100_000;
    private const double FraudRate = 0.005;
    private const double MissCost = 100;
    private const double FalseAlarmCost = 5;
    private const double ReviewCapacity = 1500;

    private static double Frauds => Transactions * FraudRate;

    private static double Cost(double recall, double falseAlarms) =>
        (Frauds * (1 - recall) * MissCost) + (falseAlarms * FalseAlarmCost);

    [Fact]
    public void DailyCosts_MatchTheTable()
    {
        Notes.Shows(Topic, "500", Frauds, 1e-9);
        Notes.Shows(Topic, "15,000", Cost(0.80, 1000), 1e-6);
        Notes.Shows(Topic, "14,500", Cost(0.86, 1500), 1e-6);
        Assert.Equal(500, Cost(0.80, 1000) - Cost(0.86, 1500), 6);
    }

    [Fact]
    public void PrecisionAndReviewLoad_MatchTheTable()
    {
        var caughtA = 0.80 * Frauds;
        var caughtB = 0.86 * Frauds;

        Notes.Shows(Topic, "400", caughtA, 1e-9);
        Notes.Shows(Topic, "430", caughtB, 1e-9);
        Notes.Shows(Topic, "0.286", caughtA / (caughtA + 1000));
        Notes.Shows(Topic, "0.223", caughtB / (caughtB + 1500));
        Notes.Shows(Topic, "1,930", caughtB + 1500, 1e-9);
        Notes.Mention(Topic, "about 430 flags a day would go unreviewed");
        Assert.Equal(430, caughtB + 1500 - ReviewCapacity, 9);
    }
}
