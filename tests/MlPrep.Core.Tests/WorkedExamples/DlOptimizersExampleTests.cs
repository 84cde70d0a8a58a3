using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.optimizers: SGD (learning rate 0.019) and Adam (learning rate 0.1, PyTorch defaults
/// otherwise) on f(w) = (w1^2 + 100 w2^2)/2 from (1, 1), and the optimiser memory of a 7B-parameter model.
/// </summary>
public sealed class DlOptimizersExampleTests
{
    private const string Topic = "dl.optimizers";
    private static readonly double[] Curvature = [1, 100];

    private static double[][] Sgd(double learningRate, int steps)
    {
        double[] w = [1, 1];
        var path = new double[steps][];
        for (var t = 0; t < steps; t++)
        {
            w = [.. w.Select((v, i) => v - (learningRate * Curvature[i] * v))];
            path[t] = w;
        }

        return path;
    }

    private static double[][] Adam(double learningRate, int steps)
    {
        const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        double[] w = [1, 1];
        double[] m = [0, 0];
        double[] v = [0, 0];
        var path = new double[steps][];
        for (var t = 1; t <= steps; t++)
        {
            for (var i = 0; i < 2; i++)
            {
                var g = Curvature[i] * w[i];
                m[i] = (beta1 * m[i]) + ((1 - beta1) * g);
                v[i] = (beta2 * v[i]) + ((1 - beta2) * g * g);
                var mHat = m[i] / (1 - Math.Pow(beta1, t));
                var vHat = v[i] / (1 - Math.Pow(beta2, t));
                w[i] -= learningRate * mHat / (Math.Sqrt(vHat) + eps);
            }

            path[t - 1] = [.. w];
        }

        return path;
    }

    private static string Pair(double[] w) =>
        string.Create(CultureInfo.InvariantCulture, $"({w[0]:0.####}, {w[1]:0.####})");

    [Fact]
    public void ComparisonTable_MatchesTheNotes()
    {
        var sgd = Sgd(0.019, 10);
        var adam = Adam(0.1, 10);

        foreach (var step in new[] { 1, 2, 10 })
        {
            Notes.Mention(Topic, string.Create(CultureInfo.InvariantCulture, $"| {step} | {Pair(sgd[step - 1])} | {Pair(adam[step - 1])} |"));
        }

        Notes.Mention(Topic, "| 10 | (0.8254, 0.3487) | (0.0762, 0.0762) |");
    }

    [Fact]
    public void SgdLimits_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.02", 2 / Curvature[1], 1e-12);
        Notes.Shows(Topic, "-0.9", 1 - (0.019 * Curvature[1]), 1e-12);
        Notes.Shows(Topic, "0.981", 1 - (0.019 * Curvature[0]), 1e-12);

        var steps = 0;
        for (var w = 1.0; w >= 0.01; w *= 0.981)
        {
            steps++;
        }

        Notes.Shows(Topic, "241", steps, 0);
    }

    [Fact]
    public void OptimiserMemory_MatchesTheNotes()
    {
        const double parameters = 7e9;
        const int bytesPerParameter = 2 + 2 + (3 * 4);

        Notes.Shows(Topic, "16", bytesPerParameter, 0);
        Notes.Shows(Topic, "112", parameters * bytesPerParameter / 1e9, 1e-9);
    }
}
