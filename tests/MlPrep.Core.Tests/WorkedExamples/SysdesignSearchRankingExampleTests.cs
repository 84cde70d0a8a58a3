namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The back-of-envelope numbers of sysdesign.search-ranking: query rate, cross-encoder GPUs with and without a result cache, index and log sizes, and the latency budget.</summary>
public sealed class SysdesignSearchRankingExampleTests
{
    private const string Topic = "sysdesign.search-ranking";
    private const double QueriesPerDay = 20e6 * 5, PeakFactor = 3, RerankedPairs = 50;
    private const double PairsPerGpu = 5_000, Utilisation = 0.7;

    private static double PeakQueries => PeakFactor * QueriesPerDay / 86_400;

    [Fact]
    public void QueryRate_MatchesTheNotes()
    {
        Assert.Equal(100e6, QueriesPerDay);
        Notes.Mention(Topic, "$20\\text{M} \\times 5 = 100$M a day");
        Notes.Shows(Topic, "1,157", QueriesPerDay / 86_400, 0.5);
        Notes.Shows(Topic, "3,472", PeakQueries, 0.5);
    }

    [Fact]
    public void CrossEncoderFleet_MatchesTheNotes()
    {
        var pairs = Math.Round(PeakQueries) * RerankedPairs;
        var gpus = pairs / (Utilisation * PairsPerGpu);

        Assert.Equal(173_600, pairs);
        Notes.Mention(Topic, "= 173{,}600$ pairs/s");
        Notes.Shows(Topic, "49.6", gpus, 0.05);
        Notes.Mention(Topic, "so about 50 GPUs");
        Assert.Equal(35, Math.Round(gpus * 0.7));
        Notes.Mention(Topic, "cuts this to about 35");
    }

    [Fact]
    public void Storage_MatchesTheNotes()
    {
        Assert.Equal(25.6, 1e8 * 128 * 2 / 1e9, 9);
        Notes.Mention(Topic, "$= 25.6$ GB in fp16");
        Assert.Equal(200, QueriesPerDay * 20 * 100 / 1e9, 9);
        Notes.Mention(Topic, "200 GB a day");
    }

    [Fact]
    public void LatencyBudget_MatchesTheNotes()
    {
        int[] stagesMs = [30, 15, 40, 20, 30, 50, 5];

        Assert.Equal(190, stagesMs.Sum());
        Assert.Equal(60, 250 - stagesMs.Sum());
        Notes.Mention(Topic, "190 ms, leaving 60 ms");
        Notes.Mention(Topic, "p99 under 250 ms");
    }
}
