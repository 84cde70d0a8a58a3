namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The back-of-envelope numbers of sysdesign.ad-click: request and scoring rates, downsampled training rows, embedding memory, the downsampling correction and normalised entropy.</summary>
public sealed class SysdesignAdClickExampleTests
{
    private const string Topic = "sysdesign.ad-click";
    private const double RequestsPerDay = 1e9, CandidatesPerRequest = 200, Ctr = 0.01, KeptNegatives = 0.05;

    private static double Corrected(double p, double w) => p / (p + ((1 - p) / w));

    [Fact]
    public void Rates_MatchTheNotes()
    {
        var average = RequestsPerDay / 86_400;

        Assert.Equal(11_574, Math.Round(average));
        Notes.Mention(Topic, "= 11{,}574$ per second on average");
        Notes.Shows(Topic, "23,148", 2 * average, 0.5);
        Assert.Equal(4.63, Math.Round(2 * average) * CandidatesPerRequest / 1e6, 2);
        Notes.Mention(Topic, "= 4.63$M ad scores per second");
    }

    [Fact]
    public void TrainingRows_MatchTheNotes()
    {
        var clicks = RequestsPerDay * Ctr;
        var rows = clicks + (KeptNegatives * (RequestsPerDay - clicks));

        Assert.Equal(10e6, clicks, 6);
        Assert.Equal(59.5, rows / 1e6, 9);
        Notes.Mention(Topic, "= 59.5$M rows a day");
    }

    [Fact]
    public void EmbeddingMemory_MatchesTheNotes()
    {
        Assert.Equal(128, 5e8 * 64 * 4 / 1e9, 9);
        Notes.Mention(Topic, "$= 128$ GB");
    }

    [Fact]
    public void DownsamplingCorrection_MatchesTheNotes()
    {
        Assert.Equal(18.1, 0.1 / Corrected(0.1, KeptNegatives), 9);
        Notes.Shows(Topic, "0.0055", Corrected(0.1, KeptNegatives), 5e-5);
        Notes.Mention(Topic, "$0.1 / 18.1 = 0.0055$");
    }

    [Fact]
    public void NormalisedEntropy_MatchesTheNotes()
    {
        var background = -((Ctr * Math.Log(Ctr)) + ((1 - Ctr) * Math.Log(1 - Ctr)));

        Notes.Shows(Topic, "0.0560", background, 5e-5);
        Notes.Shows(Topic, "0.893", 0.050 / background);
        Assert.True(0.050 / background < 1);
    }

    [Fact]
    public void LatencyBudget_MatchesTheNotes()
    {
        int[] stagesMs = [20, 10, 20, 5, 20];

        Assert.Equal(75, stagesMs.Sum());
        Notes.Mention(Topic, "total 75 ms");
    }
}
