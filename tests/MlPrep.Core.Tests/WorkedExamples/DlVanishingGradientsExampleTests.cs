namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.vanishing-gradients: the sigmoid bound over ten layers, a scalar
/// recurrence over 50 steps, and norm versus value clipping of one gradient.</summary>
public sealed class DlVanishingGradientsExampleTests
{
    private const string Topic = "dl.vanishing-gradients";
    private const double Threshold = 5;
    private static readonly double[] Gradient = [3, 4, 12];

    private static double Norm(IEnumerable<double> g) => Math.Sqrt(g.Sum(x => x * x));

    [Fact]
    public void GeometricShrinkAndGrowth_MatchTheNotes()
    {
        static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
        var slope = Sigmoid(0) * (1 - Sigmoid(0));
        Assert.Equal(0.25, slope, 12);
        Notes.Shows(Topic, "9.5", Math.Pow(slope, 10) * 1e7, 0.05);
        Notes.Shows(Topic, "0.00515", Math.Pow(0.9, 50), 5e-6);
        Notes.Shows(Topic, "117.4", Math.Pow(1.1, 50), 0.05);
        Assert.True(Math.Log10(Math.Pow(1.1, 50) / Math.Pow(0.9, 50)) > 4);
    }

    [Fact]
    public void Clipping_MatchesTheNotes()
    {
        var norm = Norm(Gradient);
        Notes.Shows(Topic, "13", norm, 1e-12);

        // PyTorch's clip_grad_norm_: scale by max_norm / (total_norm + 1e-6) when that is below 1.
        var scale = Math.Min(1, Threshold / (norm + 1e-6));
        var byNorm = Gradient.Select(g => g * scale).ToArray();
        Notes.Shows(Topic, "1.154", byNorm[0]);
        Notes.Shows(Topic, "1.538", byNorm[1]);
        Notes.Shows(Topic, "4.615", byNorm[2]);
        Assert.Equal(Threshold, Norm(byNorm), 5);

        var byValue = Gradient.Select(g => Math.Clamp(g, -Threshold, Threshold)).ToArray();
        Notes.Mention(Topic, "Value clipping gives $(3, 4, 5)$");
        Notes.Shows(Topic, "7.07", Norm(byValue), 5e-3);
        var cosine = Gradient.Zip(byValue, (a, b) => a * b).Sum() / (norm * Norm(byValue));
        Notes.Shows(Topic, "0.925", cosine);
    }
}
