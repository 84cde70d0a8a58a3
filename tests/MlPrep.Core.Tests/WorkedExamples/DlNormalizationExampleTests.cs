using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.normalization: PyTorch-style batch norm on one feature (biased variance to
/// normalise, unbiased for the running estimate, momentum 0.1, eps 1e-5), layer norm and RMSNorm on one token.
/// </summary>
public sealed class DlNormalizationExampleTests
{
    private const string Topic = "dl.normalization";
    private const double Eps = 1e-5, Momentum = 0.1;
    private static readonly double[] Batch = [1, 2, 3, 6];
    private static readonly double[] Token = [2, 4, 6, 8];

    private static string Vector(IEnumerable<double> values) =>
        "(" + string.Join(", ", values.Select(v => v == 0 ? "0" : v.ToString("F4", CultureInfo.InvariantCulture))) + ")";

    private static double[] Normalise(double[] x, double mean, double variance) =>
        [.. x.Select(v => (v - mean) / Math.Sqrt(variance + Eps))];

    [Fact]
    public void BatchNormTraining_MatchesTheNotes()
    {
        var mean = Batch.Average();
        var biased = Batch.Average(v => (v - mean) * (v - mean));

        Assert.Equal(3, mean);
        Assert.Equal(3.5, biased, 12);
        Notes.Mention(Topic, $"= {Vector(Normalise(Batch, mean, biased))}$");
    }

    [Fact]
    public void RunningStatistics_MatchTheNotes()
    {
        var mean = Batch.Average();
        var unbiased = Batch.Sum(v => (v - mean) * (v - mean)) / (Batch.Length - 1);
        var runningMean = ((1 - Momentum) * 0) + (Momentum * mean);
        var runningVar = ((1 - Momentum) * 1) + (Momentum * unbiased);

        Notes.Shows(Topic, "0.3", runningMean, 1e-12);
        Notes.Shows(Topic, "1.3667", runningVar);
        Notes.Mention(Topic, $"evaluation mode at this point gives ${Vector(Normalise(Batch, runningMean, runningVar))}$");
    }

    [Fact]
    public void LayerNormAndRmsNorm_MatchTheNotes()
    {
        var mean = Token.Average();
        var variance = Token.Average(v => (v - mean) * (v - mean));
        var normalised = Normalise(Token, mean, variance);
        var rms = Math.Sqrt(Token.Average(v => v * v));

        Assert.Equal(5, variance, 12);
        Notes.Mention(Topic, $"output ${Vector(normalised)}$");
        Notes.Mention(Topic, $"$\\beta = 1$: ${Vector(normalised.Select(v => (2 * v) + 1))}$");
        Notes.Shows(Topic, "5.4772", rms);
        Notes.Mention(Topic, $"output ${Vector(Token.Select(v => v / rms))}$");
    }

    [Fact]
    public void ParameterCounts_MatchTheNotes()
    {
        Notes.Mention(Topic, "`BatchNorm2d(64)`: 128 parameters and 128 buffer values");
        Assert.Equal(128, 2 * 64);
        Notes.Shows(Topic, "1,536", 2 * 768, 0);
    }
}
