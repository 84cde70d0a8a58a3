namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The back-of-envelope numbers of sysdesign.recommendation: request rate from DAU, ranking load and GPUs, index, feature and log sizes, and the latency budget.</summary>
public sealed class SysdesignRecommendationExampleTests
{
    private const string Topic = "sysdesign.recommendation";
    private const double DailyUsers = 100e6, LoadsPerUser = 5, PeakFactor = 3, Candidates = 500;
    private const double RequestsPerDay = DailyUsers * LoadsPerUser;

    private static double PeakRequests => PeakFactor * RequestsPerDay / 86_400;

    [Fact]
    public void RequestRate_MatchesTheNotes()
    {
        Assert.Equal(5_787, Math.Round(RequestsPerDay / 86_400));
        Notes.Mention(Topic, "= 5{,}787$ per second on average");
        Notes.Shows(Topic, "17,361", PeakRequests, 0.5);
    }

    [Fact]
    public void RankingFleet_MatchesTheNotes()
    {
        var scoresPerSecond = PeakRequests * Candidates / 1e6;
        var gpus = scoresPerSecond / 0.7;

        Assert.Equal(8.68, scoresPerSecond, 2);
        Notes.Mention(Topic, "= 8.68$M candidate scores per second");
        Notes.Shows(Topic, "12.4", gpus, 0.05);
        Assert.Equal(13, (int)Math.Ceiling(gpus));
        Notes.Mention(Topic, "so 13 GPUs plus spares");
    }

    [Fact]
    public void Storage_MatchesTheNotes()
    {
        Assert.Equal(5.12, 1e7 * 128 * 4 / 1e9, 9);
        Notes.Mention(Topic, "$= 5.12$ GB in fp32");
        Assert.Equal(300, 300e6 * 1e3 / 1e9, 9);
        Notes.Mention(Topic, "300M users at 1 KB each is 300 GB");
        var impressions = RequestsPerDay * 20;
        Assert.Equal(10e9, impressions);
        Assert.Equal(1, impressions * 100 / 1e12, 9);
        Notes.Mention(Topic, "10B impressions a day; at 100 bytes each, 1 TB a day");
    }

    [Fact]
    public void LatencyBudget_MatchesTheNotes()
    {
        int[] stagesMs = [30, 20, 30, 60, 10];

        Assert.Equal(150, stagesMs.Sum());
        Assert.Equal(50, 200 - stagesMs.Sum());
        Notes.Mention(Topic, "total 150 ms, leaving 50 ms of headroom");
    }
}
