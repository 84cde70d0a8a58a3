using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.activations: values and slopes of the common activations at -1 and 2,
/// and the softmax of (2, 1, 0) at temperatures 1, 2 and 0.5.
/// </summary>
public sealed class DlActivationsExampleTests
{
    private const string Topic = "dl.activations";
    private static readonly double[] Logits = [2, 1, 0];

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>The error function by its Taylor series, accurate to about 1e-15 for |x| up to 3.</summary>
    private static double Erf(double x)
    {
        double sum = 0, term = x;
        for (var n = 0; n < 80; n++)
        {
            sum += term / ((2 * n) + 1);
            term *= -x * x / (n + 1);
        }

        return 2 / Math.Sqrt(Math.PI) * sum;
    }

    private static double Phi(double x) => 0.5 * (1 + Erf(x / Math.Sqrt(2)));

    private static double Gelu(double x) => x * Phi(x);

    private static double GeluSlope(double x) => Phi(x) + (x * Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI));

    private static string F4(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static double[] Softmax(double[] z, double temperature)
    {
        var max = z.Max();
        var exps = z.Select(v => Math.Exp((v - max) / temperature)).ToArray();
        var sum = exps.Sum();
        return [.. exps.Select(e => e / sum)];
    }

    [Fact]
    public void SmoothActivationRows_MatchTheTable()
    {
        var s = Sigmoid(-1);
        var s2 = Sigmoid(2);
        Notes.Mention(Topic, $"| sigmoid | {F4(s)} | {F4(s * (1 - s))} | {F4(s2)} | {F4(s2 * (1 - s2))} |");
        Notes.Mention(Topic, $"| tanh | {F4(Math.Tanh(-1))} | {F4(1 - (Math.Tanh(-1) * Math.Tanh(-1)))} | {F4(Math.Tanh(2))} | {F4(1 - (Math.Tanh(2) * Math.Tanh(2)))} |");
        Notes.Mention(Topic, $"| GELU | {F4(Gelu(-1))} | {F4(GeluSlope(-1))} | {F4(Gelu(2))} | {F4(GeluSlope(2))} |");
    }

    [Fact]
    public void PiecewiseActivations_MatchTheTable()
    {
        Notes.Shows(Topic, "-0.6321", Math.Exp(-1) - 1);
        Notes.Shows(Topic, "0.3679", Math.Exp(-1));
        Notes.Mention(Topic, "| leaky ReLU | -0.01 | 0.01 | 2 | 1 |");
        Notes.Shows(Topic, "9.5", Math.Pow(0.25, 10) * 1e7, 0.05);
        Notes.Mention(Topic, "$0.25^{10} \\approx 9.5 \\times 10^{-7}$");
    }

    [Fact]
    public void Softmax_MatchesTheNotes()
    {
        var p = Softmax(Logits, 1);
        var shifted = Softmax([102, 101, 100], 1);

        Notes.Shows(Topic, "11.107", Logits.Sum(v => Math.Exp(v)), 5e-4);
        Notes.Mention(Topic, $"$p = ({F4(p[0])}, {F4(p[1])}, {F4(p[2])})$");
        Assert.All(p.Zip(shifted), pair => Assert.Equal(pair.First, pair.Second, 12));

        var flat = Softmax(Logits, 2);
        var sharp = Softmax(Logits, 0.5);
        Notes.Mention(Topic, $"With $T = 2$ it becomes $({F4(flat[0])}, {F4(flat[1])}, {F4(flat[2])})$");
        Notes.Mention(Topic, $"with $T = 0.5$, $({F4(sharp[0])}, {F4(sharp[1])}, {F4(sharp[2])})$");
    }
}
