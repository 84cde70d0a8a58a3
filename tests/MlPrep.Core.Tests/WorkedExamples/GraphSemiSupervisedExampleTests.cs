namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of ml.graph-semi-supervised: scikit-learn's LabelPropagation (row-normalised
/// transition matrix with self-loops, hard clamping) and LabelSpreading (S = D^-1/2 W D^-1/2 with a zero
/// diagonal, soft clamping) on four points on a line.
/// </summary>
public sealed class GraphSemiSupervisedExampleTests
{
    private const string Topic = "ml.graph-semi-supervised";

    /// <summary>Points a, b, c, d; a is class A, d is class B, b and c are unlabelled.</summary>
    private static readonly double[] X = [0, 1, 2, 4];
    private static readonly double Gamma = Math.Log(2);

    private static readonly double[][] Y =
    [
        [1, 0],
        [0, 0],
        [0, 0],
        [0, 1],
    ];

    private static double[][] Weights(bool selfLoops) =>
        X.Select((xi, i) => X.Select((xj, j) => i == j && !selfLoops ? 0 : Math.Exp(-Gamma * (xi - xj) * (xi - xj))).ToArray()).ToArray();

    private static double[][] Multiply(double[][] m, double[][] f) =>
        m.Select(row => Enumerable.Range(0, f[0].Length).Select(c => row.Select((w, k) => w * f[k][c]).Sum()).ToArray()).ToArray();

    private static double ProbabilityOfA(double[] row) => row[0] / row.Sum();

    [Fact]
    public void WeightsAndTransitionMatrix_MatchTheNotes()
    {
        var w = Weights(selfLoops: true);
        Notes.Shows(Topic, "0.0625", w[0][2], 1e-12);
        Notes.Shows(Topic, "0.00195", w[1][3], 1e-5);
        Notes.Shows(Topic, "0.0000153", w[0][3], 1e-7);

        var degrees = w.Select(r => r.Sum()).ToArray();
        Notes.Shows(Topic, "1.5625", degrees[0], 1e-4);
        Notes.Shows(Topic, "2.0020", degrees[1]);
        Notes.Shows(Topic, "1.6250", degrees[2]);
        Notes.Shows(Topic, "1.0645", degrees[3]);

        var rowC = w[2].Select(v => v / degrees[2]).ToArray();
        Notes.Mention(Topic, "Row $c$ of $T$ is $(" + string.Join(", ", rowC.Select(v => v.ToString("F4", System.Globalization.CultureInfo.InvariantCulture))) + ")$");
        var rowB = w[1].Select(v => v / degrees[1]).ToArray();
        Notes.Mention(Topic, "row $b$ is $(" + string.Join(", ", rowB.Select(v => v.ToString("F4", System.Globalization.CultureInfo.InvariantCulture))) + ")$");
    }

    [Fact]
    public void LabelPropagation_MatchesTheNotes()
    {
        var w = Weights(selfLoops: true);
        var t = w.Select(r => r.Select(v => v / r.Sum()).ToArray()).ToArray();
        var f = Y.Select(r => r.ToArray()).ToArray();
        var history = new List<double[][]>();
        for (var step = 0; step < 2000; step++)
        {
            f = Multiply(t, f).Select(r => r.Sum() == 0 ? r : r.Select(v => v / r.Sum()).ToArray()).ToArray();
            f[0] = Y[0];
            f[3] = Y[3];
            history.Add(f);
        }

        Assert.Equal(0.2498, t[1][0], 4);
        Notes.Shows(Topic, "0.996", ProbabilityOfA(history[0][1]));
        Assert.Equal(0.5, ProbabilityOfA(history[0][2]), 12);
        Notes.Shows(Topic, "0.872", ProbabilityOfA(history[1][1]));
        Notes.Shows(Topic, "0.653", ProbabilityOfA(history[1][2]));
        Notes.Shows(Topic, "0.914", ProbabilityOfA(f[1]));
        Notes.Shows(Topic, "0.831", ProbabilityOfA(f[2]));

        // The harmonic solution without self-loops, F_U = (D_UU - W_UU)^-1 W_UL Y_L, is the same limit.
        var w0 = Weights(selfLoops: false);
        double a11 = w0[1].Sum(), a12 = -w0[1][2], a21 = -w0[2][1], a22 = w0[2].Sum();
        double r1 = w0[1][0], r2 = w0[2][0];
        var det = a11 * a22 - a12 * a21;
        Assert.Equal((a22 * r1 - a12 * r2) / det, ProbabilityOfA(f[1]), 9);
        Assert.Equal((a11 * r2 - a21 * r1) / det, ProbabilityOfA(f[2]), 9);
    }

    [Fact]
    public void LabelSpreading_MatchesTheNotes()
    {
        var w0 = Weights(selfLoops: false);
        var degrees = w0.Select(r => r.Sum()).ToArray();
        Notes.Shows(Topic, "0.5625", degrees[0], 1e-4);
        Notes.Shows(Topic, "1.0020", degrees[1]);
        Notes.Shows(Topic, "0.6250", degrees[2]);
        Notes.Shows(Topic, "0.0645", degrees[3]);

        var s = w0.Select((row, i) => row.Select((v, j) => v / Math.Sqrt(degrees[i] * degrees[j])).ToArray()).ToArray();
        Notes.Shows(Topic, "0.666", s[0][1]);
        Notes.Shows(Topic, "0.632", s[1][2]);
        Notes.Shows(Topic, "0.105", s[0][2]);
        Notes.Shows(Topic, "0.311", s[2][3]);
        Notes.Shows(Topic, "0.008", s[1][3]);

        var oneStep = Spread(s, 0.2, steps: 1);
        Notes.Shows(Topic, "0.021", oneStep[2][0]);
        Notes.Shows(Topic, "0.062", oneStep[2][1]);
        Notes.Shows(Topic, "0.253", ProbabilityOfA(oneStep[2]));

        var limit = Spread(s, 0.2, steps: 500);
        Notes.Shows(Topic, "0.934", ProbabilityOfA(limit[1]));
        Notes.Shows(Topic, "0.382", ProbabilityOfA(limit[2]));
        Notes.Shows(Topic, "0.661", ProbabilityOfA(Spread(s, 0.8, steps: 2000)[2]));
        Notes.Shows(Topic, "0.68", ProbabilityOfA(Spread(s, 0.99, steps: 3000)[3]), 5e-3);
    }

    /// <summary>LabelSpreading's iteration F = alpha S F + (1 - alpha) Y, started from F = Y.</summary>
    private static double[][] Spread(double[][] s, double alpha, int steps)
    {
        var f = Y.Select(r => r.ToArray()).ToArray();
        for (var step = 0; step < steps; step++)
        {
            f = Multiply(s, f).Select((row, i) => row.Select((v, c) => alpha * v + (1 - alpha) * Y[i][c]).ToArray()).ToArray();
        }

        return f;
    }
}
