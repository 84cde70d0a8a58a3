namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.backpropagation: gradients of the 2-3-2 ReLU network from dl.forward-propagation
/// under softmax cross-entropy, a central-difference check, and one gradient-descent step.
/// </summary>
public sealed class DlBackpropagationExampleTests
{
    private const string Topic = "dl.backpropagation";
    private const double LearningRate = 0.1;
    private static readonly double[] X = [1, 2];
    private static readonly double[] Target = [1, 0];

    private sealed record Network(double[][] W1, double[] B1, double[][] W2, double[] B2);

    private sealed record Gradients(double[] Delta2, double[][] GradW2, double[] HiddenGrad, double[] Delta1, double[][] GradW1);

    private static Network Start() => new(
        [[0.5, -0.5], [1, 0.5], [-1, 1]],
        [0, 0, 0.5],
        [[1, -0.5, 1], [0.5, 1, -1]],
        [0.5, 0]);

    private static double[] Affine(double[][] w, double[] b, double[] input) =>
        [.. w.Select((row, i) => row.Zip(input, (a, v) => a * v).Sum() + b[i])];

    private static (double[] Z1, double[] H, double[] Logits, double[] P, double Loss) Forward(Network net)
    {
        var z1 = Affine(net.W1, net.B1, X);
        var h = z1.Select(v => Math.Max(0, v)).ToArray();
        var logits = Affine(net.W2, net.B2, h);
        var max = logits.Max();
        var exps = logits.Select(v => Math.Exp(v - max)).ToArray();
        var p = exps.Select(e => e / exps.Sum()).ToArray();
        return (z1, h, logits, p, -Math.Log(p[0]));
    }

    private static Gradients Backward(Network net)
    {
        var (z1, h, _, p, _) = Forward(net);
        var delta2 = p.Zip(Target, (pi, yi) => pi - yi).ToArray();
        var gradW2 = delta2.Select(d => h.Select(hj => d * hj).ToArray()).ToArray();
        var hiddenGrad = Enumerable.Range(0, h.Length).Select(j => net.W2.Select((row, i) => row[j] * delta2[i]).Sum()).ToArray();
        var delta1 = hiddenGrad.Select((g, j) => z1[j] > 0 ? g : 0).ToArray();
        var gradW1 = delta1.Select(d => X.Select(xj => d * xj).ToArray()).ToArray();
        return new Gradients(delta2, gradW2, hiddenGrad, delta1, gradW1);
    }

    private static double[][] Step(double[][] w, double[][] grad) =>
        [.. w.Select((row, i) => row.Select((v, j) => v - (LearningRate * grad[i][j])).ToArray())];

    private static double[] Step(double[] b, double[] grad) => [.. b.Select((v, i) => v - (LearningRate * grad[i]))];

    [Fact]
    public void BackwardPass_MatchesTheNotes()
    {
        var g = Backward(Start());

        Notes.Shows(Topic, "-0.3775", g.Delta2[0]);
        Notes.Shows(Topic, "-0.7551", g.GradW2[0][1]);
        Notes.Shows(Topic, "-0.5663", g.GradW2[0][2]);
        Assert.Equal(0, g.GradW2[0][0]);
        Notes.Shows(Topic, "-0.1888", g.HiddenGrad[0]);
        Notes.Mention(Topic, "$\\delta^{(1)} = (0, 0.5663, -0.7551)$");
        Assert.Equal(0, g.Delta1[0]);
        Notes.Shows(Topic, "0.5663", g.Delta1[1]);
        Notes.Shows(Topic, "1.1326", g.GradW1[1][1]);
        Notes.Shows(Topic, "-1.5102", g.GradW1[2][1]);
    }

    [Fact]
    public void CentralDifference_MatchesBackprop()
    {
        const double eps = 1e-4;
        var net = Start();
        double LossWith(double delta)
        {
            var w1 = net.W1.Select(row => row.ToArray()).ToArray();
            w1[2][1] += delta;
            return Forward(net with { W1 = w1 }).Loss;
        }

        var numeric = (LossWith(eps) - LossWith(-eps)) / (2 * eps);

        Assert.Equal(Backward(net).GradW1[2][1], numeric, 6);
        Notes.Shows(Topic, "-1.5102", numeric);
    }

    [Fact]
    public void OneGradientStep_MatchesTheNotes()
    {
        var net = Start();
        var g = Backward(net);
        var next = new Network(Step(net.W1, g.GradW1), Step(net.B1, g.Delta1), Step(net.W2, g.GradW2), Step(net.B2, g.Delta2));
        var (_, _, logits, _, loss) = Forward(next);

        Assert.Equal(12, net.W1.Sum(r => r.Length) + net.W2.Sum(r => r.Length));
        Notes.Shows(Topic, "0.4741", Forward(net).Loss);
        Notes.Shows(Topic, "1.8967", logits[0]);
        Notes.Shows(Topic, "-0.5666", logits[1]);
        Notes.Shows(Topic, "0.0817", loss);
    }
}
