namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of sysdesign.monitoring: the population stability index of a shifted score, the noise of a daily recall, and log volume.</summary>
public sealed class SysdesignMonitoringExampleTests
{
    private const string Topic = "sysdesign.monitoring";
    private static readonly double[] Expected = [0.25, 0.25, 0.25, 0.25];
    private static readonly double[] Actual = [0.10, 0.20, 0.30, 0.40];

    private static double[] PsiTerms() => [.. Actual.Zip(Expected, (a, e) => (a - e) * Math.Log(a / e))];

    [Fact]
    public void PopulationStabilityIndex_MatchesTheNotes()
    {
        var terms = PsiTerms();

        Notes.Shows(Topic, "0.137", terms[0]);
        Notes.Shows(Topic, "0.011", terms[1]);
        Notes.Shows(Topic, "0.009", terms[2]);
        Notes.Shows(Topic, "0.071", terms[3]);
        Notes.Shows(Topic, "0.228", terms.Sum());
    }

    [Fact]
    public void PsiIsSymmetrisedKl_MatchesTheNotes()
    {
        var forward = Actual.Zip(Expected, (a, e) => a * Math.Log(a / e)).Sum();
        var backward = Actual.Zip(Expected, (a, e) => e * Math.Log(e / a)).Sum();

        Notes.Shows(Topic, "0.106", forward);
        Notes.Shows(Topic, "0.122", backward);
        Assert.Equal(PsiTerms().Sum(), forward + backward, 12);
    }

    [Fact]
    public void RecallNoise_MatchesTheNotes()
    {
        var standardError = Math.Sqrt(0.8 * 0.2 / 400);

        Assert.Equal(0.02, standardError, 12);
        Notes.Mention(Topic, "\\sqrt{0.8 \\times 0.2 / 400} = 0.02$");
        Assert.True(0.80 - 0.77 < 2 * standardError);
        Notes.Mention(Topic, "within two standard errors");
    }

    [Fact]
    public void LogVolume_MatchesTheNotes()
    {
        const double bytesPerSecond = 2_000 * 2_000.0;
        var gigabytesPerDay = bytesPerSecond * 86_400 / 1e9;

        Assert.Equal(4, bytesPerSecond / 1e6, 12);
        Notes.Mention(Topic, "4 MB/s");
        Notes.Shows(Topic, "345.6", gigabytesPerDay, 1e-9);
        Notes.Shows(Topic, "10.4", gigabytesPerDay * 30 / 1000, 0.05);
        Notes.Shows(Topic, "34.56", gigabytesPerDay * 0.1, 1e-9);
    }
}
