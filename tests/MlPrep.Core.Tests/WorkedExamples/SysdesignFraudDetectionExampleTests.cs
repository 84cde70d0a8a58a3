namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The back-of-envelope numbers of sysdesign.fraud-detection: transaction rate, online feature size, the downsampled training set, cost-based review thresholds and the latency budget.</summary>
public sealed class SysdesignFraudDetectionExampleTests
{
    private const string Topic = "sysdesign.fraud-detection";
    private const double TransactionsPerDay = 10e6, FraudRate = 0.001, KeptLegitimate = 0.1, ReviewCost = 5;

    [Fact]
    public void TransactionRate_MatchesTheNotes()
    {
        var average = TransactionsPerDay / 86_400;

        Notes.Shows(Topic, "115.7", average, 0.05);
        Notes.Shows(Topic, "579", 5 * average, 0.5);
    }

    [Fact]
    public void OnlineFeatures_MatchTheNotes()
    {
        Assert.Equal(12, 50e6 * 30 * 8 / 1e9, 9);
        Notes.Mention(Topic, "**12 GB**");
    }

    [Fact]
    public void TrainingSet_MatchesTheNotes()
    {
        const double transactions = 90 * TransactionsPerDay;
        var frauds = transactions * FraudRate;
        var legitimate = transactions - frauds;

        Assert.Equal(900_000, frauds, 6);
        Notes.Mention(Topic, "900,000 frauds");
        Assert.Equal(899.1, legitimate / 1e6, 6);
        Notes.Mention(Topic, "10% of 899.1M legitimate transactions");
        Notes.Shows(Topic, "90.81", (frauds + (KeptLegitimate * legitimate)) / 1e6, 1e-9);
    }

    [Fact]
    public void ReviewThresholds_MatchTheNotes()
    {
        Assert.Equal(0.025, ReviewCost / 200, 12);
        Notes.Mention(Topic, "$p = 5/200 = 0.025$");
        Notes.Shows(Topic, "0.005", ReviewCost / 1_000, 1e-12);
    }

    [Fact]
    public void LatencyBudget_MatchesTheNotes()
    {
        int[] stagesMs = [20, 15, 10, 5, 5];

        Assert.Equal(55, stagesMs.Sum());
        Notes.Mention(Topic, "55 ms against 100 ms");
    }
}
