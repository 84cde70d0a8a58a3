using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.dropout: inverted dropout on h = (2, 4, 1, 3) feeding a summing unit, with the mean
/// and variance of the sum taken exactly over all 16 masks, and the old non-inverted scheme for comparison.
/// </summary>
public sealed class DlDropoutExampleTests
{
    private const string Topic = "dl.dropout";
    private static readonly double[] H = [2, 4, 1, 3];

    private static double[] Apply(int[] mask, double p) => [.. H.Select((h, i) => mask[i] * h / (1 - p))];

    private static string Vector(double[] values) =>
        "(" + string.Join(", ", values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture))) + ")";

    /// <summary>Mean and variance of the summed output over all 2^4 masks, each unit kept with probability 1 - p.</summary>
    private static (double Mean, double Variance) SumMoments(double p)
    {
        double mean = 0, meanSquare = 0;
        for (var bits = 0; bits < 1 << H.Length; bits++)
        {
            var mask = Enumerable.Range(0, H.Length).Select(i => (bits >> i) & 1).ToArray();
            var probability = mask.Aggregate(1.0, (acc, m) => acc * (m == 1 ? 1 - p : p));
            var sum = Apply(mask, p).Sum();
            mean += probability * sum;
            meanSquare += probability * sum * sum;
        }

        return (mean, meanSquare - (mean * mean));
    }

    [Fact]
    public void HalfDropout_MatchesTheNotes()
    {
        var output = Apply([1, 0, 1, 0], 0.5);
        var (mean, variance) = SumMoments(0.5);

        Notes.Mention(Topic, $"giving ${Vector(output)}$ and $s = 6$");
        Assert.Equal(6, output.Sum());
        Assert.Equal(10, mean, 12);
        Notes.Shows(Topic, "30", variance, 1e-9);
        Notes.Shows(Topic, "5.48", Math.Sqrt(variance), 0.005);
        Assert.Equal(16, 1 << H.Length);
    }

    [Fact]
    public void QuarterDropout_MatchesTheNotes()
    {
        var output = Apply([1, 1, 0, 1], 0.25);
        var (mean, variance) = SumMoments(0.25);

        Notes.Mention(Topic, $"giving ${Vector(output)}$ and $s = 12$");
        Assert.Equal(12, output.Sum(), 12);
        Assert.Equal(10, mean, 12);
        Assert.Equal(10, variance, 9);
        Notes.Mention(Topic, "$\\operatorname{Var}(s) = 30/3 = 10$");
    }

    [Fact]
    public void NonInvertedDropout_MatchesTheNotes()
    {
        const double retain = 0.5;
        var training = H.Zip(new[] { 1, 0, 1, 0 }, (h, m) => h * m).ToArray();
        var test = H.Select(h => h * retain).ToArray();

        Notes.Mention(Topic, $"training outputs ${Vector(training)}$ unscaled");
        Notes.Mention(Topic, $"giving ${Vector(test)}$ and $s = 5$");
        Assert.Equal(5, test.Sum(), 12);
        Assert.Equal(retain * H.Sum(), test.Sum(), 12);
    }
}
