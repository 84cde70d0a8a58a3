namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.deployment: asymmetric and symmetric quantisation of five weights, and LLM weight memory.</summary>
public sealed class DlDeploymentExampleTests
{
    private const string Topic = "dl.deployment";
    private static readonly double[] Weights = [-0.62, -0.10, 0.00, 0.35, 0.90];

    [Fact]
    public void AsymmetricUint8_MatchesTheTable()
    {
        var scale = (Weights.Max() - Weights.Min()) / 255;
        var zeroPoint = (int)Math.Round(-Weights.Min() / scale);
        var codes = Weights.Select(x => Math.Clamp((int)Math.Round(x / scale) + zeroPoint, 0, 255)).ToArray();

        Notes.Shows(Topic, "0.005961", scale, 5e-7);
        Notes.Shows(Topic, "104.01", -Weights.Min() / scale, 0.005);
        Assert.Equal([0, 87, 104, 163, 255], codes);
        Notes.Mention(Topic, "| $q$ | 0 | 87 | 104 | 163 | 255 |");
        Notes.Shows(Topic, "0.3517", scale * (codes[3] - zeroPoint), 5e-5);
        Notes.Shows(Topic, "-0.1013", scale * (codes[1] - zeroPoint), 5e-5);
    }

    [Fact]
    public void SymmetricInt8_MatchesTheNotes()
    {
        var scale = Weights.Max(Math.Abs) / 127;
        var q = (int)Math.Round(0.35 / scale);

        Notes.Shows(Topic, "0.007087", scale, 5e-7);
        Assert.Equal(49, q);
        Notes.Shows(Topic, "0.3472", scale * q, 5e-5);
    }

    [Fact]
    public void WeightMemory_MatchesTheNotes()
    {
        const double parameters = 7e9;
        double Gigabytes(double bits) => parameters * bits / 8 / 1e9;

        Notes.Shows(Topic, "28", Gigabytes(32), 1e-9);
        Notes.Shows(Topic, "14", Gigabytes(16), 1e-9);
        Notes.Shows(Topic, "3.5", Gigabytes(4), 1e-9);
        Notes.Shows(Topic, "3.61", Gigabytes(4 + (16.0 / 128)), 0.005);
    }
}
