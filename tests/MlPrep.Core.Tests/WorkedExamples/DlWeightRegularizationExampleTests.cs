namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.weight-regularization: an L2 penalty and weight decay give the same SGD step, the
/// steady-state decay of Adam with L2 versus AdamW for weights with different gradient scales, and the decay timescale.
/// </summary>
public sealed class DlWeightRegularizationExampleTests
{
    private const string Topic = "dl.weight-regularization";
    private static readonly double[] W = [1.5, -0.4];
    private static readonly double[] G = [0.2, 0.1];

    [Fact]
    public void PenaltyAndDecay_GiveTheSameSgdStep()
    {
        const double eta = 0.05, lambda = 0.1;
        var penalty = W.Zip(G, (w, g) => w - (eta * (g + (lambda * w)))).ToArray();
        var decay = W.Zip(G, (w, g) => ((1 - (eta * lambda)) * w) - (eta * g)).ToArray();

        Notes.Shows(Topic, "1.4825", penalty[0], 1e-12);
        Notes.Shows(Topic, "-0.403", penalty[1], 1e-12);
        Notes.Shows(Topic, "0.995", 1 - (eta * lambda), 1e-12);
        Assert.Equal(penalty[0], decay[0], 12);
        Assert.Equal(penalty[1], decay[1], 12);
    }

    [Fact]
    public void CoupledAndDecoupledDecay_MatchTheTable()
    {
        const double eta = 1e-3, lambda = 0.1, w = 1;
        static double Rms(double noise, double mean) => Math.Sqrt((noise * noise) + (mean * mean));

        var rmsA = Rms(10, lambda * w);
        var rmsB = Rms(0.01, lambda * w);
        var coupledA = eta * lambda * w / rmsA;
        var coupledB = eta * lambda * w / rmsB;

        Notes.Shows(Topic, "10.0005", rmsA, 5e-5);
        Notes.Shows(Topic, "0.1005", rmsB, 5e-5);
        Assert.Equal(1.0e-5, coupledA, 7);
        Notes.Shows(Topic, "9.95", coupledB * 1e4, 0.005);
        Notes.Mention(Topic, "$10^{-4}/0.1005 \\approx 9.95 \\times 10^{-4}$");
        Assert.Equal(1.0e-4, eta * lambda * w, 12);
        Assert.InRange(coupledB / coupledA, 95, 105);
    }

    [Fact]
    public void DecayTimescale_MatchesTheNotes()
    {
        const double eta = 3e-4, lambda = 0.1;

        Notes.Shows(Topic, "0.7408", Math.Pow(1 - (eta * lambda), 10_000));
        Notes.Shows(Topic, "23,105", Math.Log(2) / (eta * lambda), 0.5);
    }
}
