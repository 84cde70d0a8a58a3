namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.deployment-basics: sizing a model service and its latency budget.</summary>
public sealed class DeploymentBasicsExampleTests
{
    private const string Topic = "ml.deployment-basics";
    private const double PeakRequestsPerSecond = 1200;
    private const double MeanLatencySeconds = 0.025;
    private const int WorkersPerReplica = 4;
    private const double TargetUtilisation = 0.7;

    [Fact]
    public void Capacity_MatchesTheNotes()
    {
        var inFlight = PeakRequestsPerSecond * MeanLatencySeconds;
        var perReplica = WorkersPerReplica / MeanLatencySeconds;
        var perReplicaAtTarget = TargetUtilisation * perReplica;
        var ratio = PeakRequestsPerSecond / perReplicaAtTarget;
        var replicas = (int)Math.Ceiling(ratio);

        Notes.Shows(Topic, "30", inFlight, 1e-9);
        Notes.Mention(Topic, "$1200 \\times 0.025 = 30$");
        Notes.Shows(Topic, "160", perReplica, 1e-9);
        Notes.Shows(Topic, "112", perReplicaAtTarget, 1e-9);
        Notes.Shows(Topic, "10.71", ratio, 5e-3);
        Assert.Equal(11, replicas);
        Notes.Mention(Topic, "so 11, plus one spare to survive a failure: 12");
    }

    [Fact]
    public void LatencyBudget_MatchesTheNotes()
    {
        double[] budgetMs = [20, 40, 80];

        Assert.Equal(140, budgetMs.Sum());
        Notes.Mention(Topic, "total 140 ms, leaving 60 ms");
        Assert.Equal(60, 200 - budgetMs.Sum());
    }

    [Fact]
    public void FanOutTail_MatchesTheNotes()
    {
        var allFast = Math.Pow(0.99, 10);

        Notes.Shows(Topic, "0.904", allFast);
        Notes.Shows(Topic, "9.6", 100 * (1 - allFast), 0.05);
    }

    [Fact]
    public void BatchJob_MatchesTheNotes()
    {
        var seconds = 50_000_000.0 / (2000 * 16);

        Notes.Shows(Topic, "1562.5", seconds, 1e-9);
        Notes.Mention(Topic, "about 26 minutes");
        Assert.Equal(26, Math.Round(seconds / 60));
    }
}
