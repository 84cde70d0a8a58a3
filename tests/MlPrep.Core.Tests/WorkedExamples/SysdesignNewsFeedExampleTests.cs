namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.news-feed: the value-model scores of two posts and the traffic and storage estimates.</summary>
public sealed class SysdesignNewsFeedExampleTests
{
    private const string Topic = "sysdesign.news-feed";
    private const double SecondsPerDay = 86_400;
    private static readonly double[] Weights = [1, 4, 8, -20];
    private static readonly double[] PostA = [0.10, 0.02, 0.01, 0.005];
    private static readonly double[] PostB = [0.30, 0.01, 0.005, 0.02];

    private static double Score(double[] probabilities) => Weights.Zip(probabilities, (w, p) => w * p).Sum();

    [Fact]
    public void ValueModelScores_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.16", Score(PostA), 1e-12);
        Notes.Shows(Topic, "-0.02", Score(PostB), 1e-12);
        Assert.True(Score(PostA) > Score(PostB));
        Assert.True(PostB[0] / PostA[0] > 2.99);
        Notes.Mention(Topic, "post B (0.30, 0.01, 0.005, 0.02) scores -0.02");
    }

    [Fact]
    public void TrafficAndStorage_MatchTheNotes()
    {
        const double dailyUsers = 300e6, loadsPerUser = 10, itemsPerLoad = 20, bytesPerImpression = 200;
        var loads = dailyUsers * loadsPerUser;
        var qps = loads / SecondsPerDay;

        Notes.Shows(Topic, "34,722", qps, 0.5);
        Notes.Shows(Topic, "69,444", 2 * qps, 0.5);
        Notes.Shows(Topic, "17.4", qps * 500 / 1e6, 0.05);
        Notes.Shows(Topic, "12", loads * itemsPerLoad * bytesPerImpression / 1e12, 1e-9);
        Notes.Mention(Topic, "= 12 TB per day");
        Notes.Shows(Topic, "600", dailyUsers * 2_000 / 1e9, 1e-9);
    }
}
