namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.pseudo-labeling: a confidence threshold, the masked loss and Lee's ramp.</summary>
public sealed class PseudoLabelingExampleTests
{
    private const string Topic = "ml.pseudo-labeling";
    private const double Threshold = 0.9;

    /// <summary>Predicted probabilities of cat, dog and fox for the unlabelled points u1 to u8.</summary>
    private static readonly double[][] Probabilities =
    [
        [0.97, 0.02, 0.01],
        [0.92, 0.05, 0.03],
        [0.60, 0.30, 0.10],
        [0.05, 0.91, 0.04],
        [0.40, 0.45, 0.15],
        [0.88, 0.10, 0.02],
        [0.10, 0.20, 0.70],
        [0.95, 0.03, 0.02],
    ];

    private static int Accepted(double threshold) => Probabilities.Count(p => p.Max() >= threshold);

    [Fact]
    public void ThresholdSelection_MatchesTheNotes()
    {
        Assert.All(Probabilities, p => Assert.Equal(1, p.Sum(), 12));
        Assert.Equal(4, Accepted(Threshold));
        var classes = Probabilities.Where(p => p.Max() >= Threshold).Select(p => Array.IndexOf(p, p.Max())).ToArray();
        Assert.Equal(3, classes.Count(c => c == 0));
        Assert.Equal(1, classes.Count(c => c == 1));
        Assert.Equal(0, classes.Count(c => c == 2));
        Notes.Mention(Topic, "Four of eight join: three cats, one dog, no fox.");

        Assert.Equal(2, Accepted(0.95));
        Assert.Equal(5, Accepted(0.75));
        Notes.Mention(Topic, "At $\\tau = 0.95$ only 2 join; at $\\tau = 0.75$, 5 join (u6 too).");
    }

    [Fact]
    public void UnlabelledLossAndWeight_MatchTheNotes()
    {
        var losses = Probabilities.Where(p => p.Max() >= Threshold).Select(p => -Math.Log(p.Max())).ToArray();
        Notes.Shows(Topic, "0.0305", losses[0]);
        Notes.Shows(Topic, "0.0834", losses[1]);
        Notes.Shows(Topic, "0.0943", losses[2]);
        Notes.Shows(Topic, "0.0513", losses[3]);
        Notes.Shows(Topic, "0.2594", losses.Sum());

        var maskedMean = losses.Sum() / Probabilities.Length;
        Notes.Shows(Topic, "0.0324", maskedMean);
        Notes.Shows(Topic, "0.0649", losses.Average());

        var weight = RampWeight(350, finalWeight: 3, t1: 100, t2: 600);
        Notes.Shows(Topic, "1.5", weight);
        Notes.Shows(Topic, "0.449", 0.40 + weight * maskedMean);
        Assert.Equal(0, RampWeight(99, 3, 100, 600));
        Assert.Equal(3, RampWeight(600, 3, 100, 600));
    }

    /// <summary>Lee's (2013) ramp: zero before t1, linear up to the final weight at t2, constant after.</summary>
    private static double RampWeight(double t, double finalWeight, double t1, double t2) =>
        t < t1 ? 0 : t < t2 ? finalWeight * (t - t1) / (t2 - t1) : finalWeight;
}
