namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of math.gradient-optimizers: two steps on f(θ) = θ² from θ = 2 with learning rate 0.1,
/// each optimiser written as torch.optim implements it.
/// </summary>
public sealed class GradientOptimizersExampleTests
{
    private const string Topic = "math.gradient-optimizers";
    private const double Start = 2, LearningRate = 0.1;

    private static double Gradient(double theta) => 2 * theta;

    private static double[] Sgd(double momentum, bool nesterov)
    {
        var theta = Start;
        double? buffer = null;
        var path = new double[2];
        for (var t = 0; t < 2; t++)
        {
            var g = Gradient(theta);
            buffer = buffer is null ? g : (momentum * buffer.Value) + g;
            var direction = momentum == 0 ? g : nesterov ? g + (momentum * buffer.Value) : buffer.Value;
            theta -= LearningRate * direction;
            path[t] = theta;
        }

        return path;
    }

    private static double[] AdaGrad()
    {
        var theta = Start;
        var sum = 0.0;
        var path = new double[2];
        for (var t = 0; t < 2; t++)
        {
            var g = Gradient(theta);
            sum += g * g;
            theta -= LearningRate * g / (Math.Sqrt(sum) + 1e-10);
            path[t] = theta;
        }

        return path;
    }

    private static double[] RmsProp()
    {
        const double alpha = 0.99;
        var theta = Start;
        var average = 0.0;
        var path = new double[2];
        for (var t = 0; t < 2; t++)
        {
            var g = Gradient(theta);
            average = (alpha * average) + ((1 - alpha) * g * g);
            theta -= LearningRate * g / (Math.Sqrt(average) + 1e-8);
            path[t] = theta;
        }

        return path;
    }

    private sealed record AdamStep(double Gradient, double M, double V, double MHat, double VHat, double Step, double Theta);

    /// <summary>Adam as torch.optim.Adam computes it (eps added to the square root of the bias-corrected v);
    /// <paramref name="coupledDecay"/> is Adam's weight_decay, <paramref name="decoupledDecay"/> AdamW's.</summary>
    private static AdamStep[] Adam(double coupledDecay = 0, double decoupledDecay = 0)
    {
        const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        var theta = Start;
        double m = 0, v = 0;
        var steps = new AdamStep[2];
        for (var t = 1; t <= 2; t++)
        {
            var g = Gradient(theta) + (coupledDecay * theta);
            theta *= 1 - (LearningRate * decoupledDecay);
            m = (beta1 * m) + ((1 - beta1) * g);
            v = (beta2 * v) + ((1 - beta2) * g * g);
            var mHat = m / (1 - Math.Pow(beta1, t));
            var vHat = v / (1 - Math.Pow(beta2, t));
            var step = LearningRate * mHat / (Math.Sqrt(vHat) + eps);
            theta -= step;
            steps[t - 1] = new AdamStep(g, m, v, mHat, vHat, step, theta);
        }

        return steps;
    }

    [Fact]
    public void AdamFirstStep_MatchesTheNotes()
    {
        var first = Adam()[0];

        Assert.Equal(4, first.Gradient);
        Notes.Shows(Topic, "0.4", first.M, 1e-12);
        Notes.Shows(Topic, "0.016", first.V, 1e-12);
        Assert.Equal(4, first.MHat, 12);
        Notes.Mention(Topic, "$\\hat m_1 = 0.4/0.1 = 4$");
        Assert.Equal(16, first.VHat, 12);
        Notes.Mention(Topic, "$\\hat v_1 = 0.016/0.001 = 16$");
        Notes.Shows(Topic, "0.1", first.Step, 1e-8);
        Notes.Shows(Topic, "1.9", first.Theta, 1e-8);
    }

    [Fact]
    public void AdamSecondStep_MatchesTheNotes()
    {
        var second = Adam()[1];

        Notes.Shows(Topic, "3.8", second.Gradient, 1e-8);
        Notes.Shows(Topic, "0.74", second.M, 1e-8);
        Notes.Shows(Topic, "0.030424", second.V, 1e-8);
        Notes.Shows(Topic, "0.19", 1 - (0.9 * 0.9), 1e-12);
        Notes.Shows(Topic, "0.001999", 1 - (0.999 * 0.999), 1e-12);
        Notes.Shows(Topic, "3.8947", second.MHat, 5e-5);
        Notes.Shows(Topic, "15.2196", second.VHat, 5e-5);
        Notes.Shows(Topic, "3.9012", Math.Sqrt(second.VHat), 5e-5);
        Notes.Shows(Topic, "0.09983", second.Step, 5e-6);
        Notes.Shows(Topic, "1.80017", second.Theta, 5e-6);
    }

    [Fact]
    public void ComparisonTable_MatchesTheNotes()
    {
        (string Row, double[] Path, int Digits)[] rows =
        [
            ("| SGD | 1.6 | 1.28 |", Sgd(0, false), 2),
            ("| momentum 0.9 | 1.6 | 0.92 |", Sgd(0.9, false), 2),
            ("| Nesterov 0.9 | 1.24 | 0.4448 |", Sgd(0.9, true), 4),
            ("| AdaGrad | 1.9 | 1.8311 |", AdaGrad(), 4),
            ("| RMSProp | 1.0 | 0.5510 |", RmsProp(), 4),
            ("| Adam | 1.9 | 1.80017 |", Adam().Select(s => s.Theta).ToArray(), 5),
            ("| AdamW, $\\lambda = 0.01$ | 1.898 | 1.79627 |", Adam(decoupledDecay: 0.01).Select(s => s.Theta).ToArray(), 5),
        ];

        foreach (var (row, path, digits) in rows)
        {
            Notes.Mention(Topic, row);
            var cells = row.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Notes.Shows(Topic, cells[1], Math.Round(path[0], digits), 1e-9);
            Notes.Shows(Topic, cells[2], Math.Round(path[1], digits), 1e-9);
        }

        Notes.Shows(Topic, "0.68", LearningRate * ((0.9 * 4) + 3.2), 1e-12);
        Assert.Equal(10 * LearningRate, Start - RmsProp()[0], 6);
    }

    [Fact]
    public void CoupledAndDecoupledDecay_MatchTheNotes()
    {
        var coupled = Adam(coupledDecay: 0.01)[0];
        var decoupled = Adam(decoupledDecay: 0.01)[0];

        Notes.Shows(Topic, "1.998", Start * (1 - (LearningRate * 0.01)), 1e-12);
        Notes.Shows(Topic, "1.898", decoupled.Theta, 1e-8);
        Notes.Shows(Topic, "4.02", coupled.Gradient, 1e-12);
        Assert.Equal(1, coupled.MHat / Math.Sqrt(coupled.VHat), 12);
        Assert.Equal(Adam()[0].Theta, coupled.Theta, 9);
        Notes.Mention(Topic, "so $\\theta_1 = 1.9$: the normalisation cancels the decay entirely");
    }
}
