namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.probability-distributions: an autoregressive pair, an affine flow and bits per dimension.</summary>
public sealed class GenaiProbabilityDistributionsExampleTests
{
    private const string Topic = "genai.probability-distributions";

    private static double StandardNormalLogDensity(double z) => -0.5 * Math.Log(2 * Math.PI) - 0.5 * z * z;

    [Fact]
    public void AutoregressiveLikelihood_MatchesTheNotes()
    {
        var p = 0.6 * 0.3;

        Notes.Shows(Topic, "0.18", p, 1e-12);
        Notes.Shows(Topic, "1.7148", -Math.Log(p));
        Notes.Shows(Topic, "2.4739", -Math.Log2(p));
        Notes.Shows(Topic, "2.357", Math.Pow(p, -0.5));
    }

    [Fact]
    public void AffineFlow_MatchesTheNotes()
    {
        const double x = 3, scale = 2, shift = 1;
        var z = (x - shift) / scale;
        var logDensity = StandardNormalLogDensity(z) - Math.Log(scale);
        var direct = -0.5 * Math.Log(2 * Math.PI * scale * scale) - (x - shift) * (x - shift) / (2 * scale * scale);

        Notes.Shows(Topic, "-1.4189", StandardNormalLogDensity(z));
        Notes.Shows(Topic, "-2.1121", logDensity);
        Assert.Equal(direct, logDensity, 12);
        Notes.Shows(Topic, "0.1210", Math.Exp(logDensity));
    }

    [Fact]
    public void BitsPerDimension_MatchTheNotes()
    {
        const double nats = 6500, dimensions = 32 * 32 * 3;

        Notes.Shows(Topic, "3.05", nats / (dimensions * Math.Log(2)), 5e-3);
    }
}
