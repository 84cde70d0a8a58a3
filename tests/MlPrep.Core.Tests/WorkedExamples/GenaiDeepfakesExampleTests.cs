namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.deepfakes: detector precision at a low base rate, and the z-test of a green-list text watermark.</summary>
public sealed class GenaiDeepfakesExampleTests
{
    private const string Topic = "genai.deepfakes";

    private static double Precision(double prevalence, double recall = 0.99, double falsePositiveRate = 0.01) =>
        recall * prevalence / ((recall * prevalence) + (falsePositiveRate * (1 - prevalence)));

    private static double WatermarkZ(int green, int tokens = 200, double gamma = 0.25) =>
        (green - (gamma * tokens)) / Math.Sqrt(tokens * gamma * (1 - gamma));

    [Fact]
    public void DetectorPrecision_MatchesTheNotes()
    {
        const int uploads = 100_000;
        const double fakes = uploads / 1000.0;

        Notes.Shows(Topic, "99", 0.99 * fakes, 1e-9);
        Notes.Shows(Topic, "999", 0.01 * (uploads - fakes), 1e-9);
        Notes.Shows(Topic, "0.090", Precision(0.001));
        Notes.Shows(Topic, "0.917", Precision(0.1));
    }

    [Fact]
    public void WatermarkZScore_MatchesTheNotes()
    {
        Notes.Shows(Topic, "6.12", Math.Sqrt(200 * 0.25 * 0.75), 5e-3);
        Notes.Shows(Topic, "6.53", WatermarkZ(90), 5e-3);
        Notes.Shows(Topic, "1.63", WatermarkZ(60), 5e-3);
    }
}
