using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.derivatives: sigmoid, finite differences, logs and softmax.</summary>
public sealed class DerivativesExampleTests
{
    private const string Topic = "math.derivatives";
    private static readonly double[] Logits = [0, Math.Log(2), Math.Log(5)];

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double SigmoidDerivative(double z) => Sigmoid(z) * (1 - Sigmoid(z));

    private static double Forward(Func<double, double> f, double x, double h) => (f(x + h) - f(x)) / h;

    private static double Central(Func<double, double> f, double x, double h) => (f(x + h) - f(x - h)) / (2 * h);

    /// <summary>Checks that <paramref name="actual"/> rounds to the printed mantissa and that the notes print
    /// "<paramref name="mantissa"/> \times 10^{<paramref name="exponent"/>}".</summary>
    private static void ShowsScientific(string mantissa, int exponent, double actual)
    {
        var scaled = actual / Math.Pow(10, exponent);
        Assert.Equal(double.Parse(mantissa, CultureInfo.InvariantCulture), Math.Round(scaled, 1), 9);
        Notes.Mention(Topic, $"{mantissa} \\times 10^{{{exponent}}}");
    }

    [Fact]
    public void SigmoidDerivative_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.731", Sigmoid(1));
        Notes.Shows(Topic, "0.269", 1 - Sigmoid(1));
        Notes.Shows(Topic, "0.19661", SigmoidDerivative(1), 5e-6);
        Notes.Shows(Topic, "0.25", SigmoidDerivative(0), 1e-12);
        ShowsScientific("4.5", -5, SigmoidDerivative(10));
    }

    [Fact]
    public void FiniteDifferenceErrors_MatchTheNotes()
    {
        var exact = SigmoidDerivative(1);
        double Fwd(double h) => Forward(Sigmoid, 1, h) - exact;
        double Ctr(double h) => Central(Sigmoid, 1, h) - exact;

        ShowsScientific("-4.6", -3, Fwd(0.1));
        ShowsScientific("-5.9", -5, Ctr(0.1));
        ShowsScientific("-4.5", -4, Fwd(0.01));
        ShowsScientific("-5.9", -7, Ctr(0.01));
        ShowsScientific("-4.5", -5, Fwd(0.001));
        ShowsScientific("-5.9", -9, Ctr(0.001));

        // At h = 1e-10 round-off takes over; its exact digits depend on the last bits of Math.Exp.
        Notes.Mention(Topic, "| $10^{-10}$ | $-3.2 \\times 10^{-7}$ | $-3.2 \\times 10^{-7}$ |");
        Assert.InRange(Math.Abs(Ctr(1e-10)), 1e-8, 1e-6);
        Assert.True(Math.Abs(Ctr(1e-10)) > Math.Abs(Ctr(0.001)), "round-off should dominate at h = 1e-10");
    }

    [Fact]
    public void LogDerivatives_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.5000042", Central(Math.Log, 2, 0.01), 5e-8);
        Notes.Shows(Topic, "0.49875", Forward(Math.Log, 2, 0.01), 5e-6);
        Notes.Shows(Topic, "0.721", 1 / (2 * Math.Log(2)));
    }

    [Fact]
    public void SoftmaxJacobianAndCrossEntropy_MatchTheNotes()
    {
        var exps = Logits.Select(Math.Exp).ToArray();
        var p = exps.Select(e => e / exps.Sum()).ToArray();
        var scaled = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                scaled[i, j] = 64 * p[i] * ((i == j ? 1 : 0) - p[j]);
            }

            Assert.Equal(0, Enumerable.Range(0, 3).Sum(j => scaled[i, j]), 12);
        }

        Notes.Shows(Topic, "0.125", p[0], 1e-12);
        Notes.Shows(Topic, "0.625", p[2], 1e-12);
        Assert.Equal([7, -2, -5, 12, -10, 15], new[] { scaled[0, 0], scaled[0, 1], scaled[0, 2], scaled[1, 1], scaled[1, 2], scaled[2, 2] }.Select(v => Math.Round(v, 9)));
        Notes.Mention(Topic, "7 & -2 & -5 \\\\ -2 & 12 & -10 \\\\ -5 & -10 & 15");
        Notes.Shows(Topic, "0.470", -Math.Log(p[2]));
        Notes.Shows(Topic, "-0.375", p[2] - 1, 1e-12);
    }
}
