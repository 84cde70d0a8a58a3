namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.loss-functions: MSE, MAE and Huber on data with one outlier, cross-entropy with
/// and without label smoothing, and the gradients of BCE and of squared error on a saturated sigmoid.
/// </summary>
public sealed class DlLossFunctionsExampleTests
{
    private const string Topic = "dl.loss-functions";
    private static readonly double[] Targets = [3, -0.5, 2, 7];
    private static readonly double[] Predictions = [2.5, 0, 2, 12];
    private static readonly double[] Logits = [2, 0.5, -1];

    private static double Huber(double r, double delta = 1) =>
        Math.Abs(r) < delta ? 0.5 * r * r : delta * (Math.Abs(r) - (0.5 * delta));

    private static double LogSumExp(double[] z)
    {
        var max = z.Max();
        return max + Math.Log(z.Sum(v => Math.Exp(v - max)));
    }

    [Fact]
    public void RegressionLosses_MatchTheTable()
    {
        var residuals = Predictions.Zip(Targets, (p, y) => p - y).ToArray();

        Assert.Equal(new[] { -0.5, 0.5, 0, 5 }, residuals);
        Notes.Shows(Topic, "6.375", residuals.Average(r => r * r), 1e-12);
        Notes.Mention(Topic, "| MAE | 0.5, 0.5, 0, 5 | 1.5 |");
        Assert.Equal(1.5, residuals.Average(r => Math.Abs(r)), 12);
        Notes.Shows(Topic, "1.1875", residuals.Average(r => Huber(r)), 1e-12);
        Notes.Shows(Topic, "98", 100 * 25 / residuals.Sum(r => r * r), 0.5);
    }

    [Fact]
    public void CrossEntropy_MatchesTheNotes()
    {
        var lse = LogSumExp(Logits);
        var logP = Logits.Select(z => z - lse).ToArray();

        Notes.Shows(Topic, "2.2413", lse);
        Notes.Shows(Topic, "0.2413", -logP[0]);
        Notes.Shows(Topic, "0.7856", Math.Exp(logP[0]));
        Notes.Shows(Topic, "0.0391", Math.Exp(logP[2]));
        Notes.Shows(Topic, "3.2413", -logP[2]);
    }

    [Fact]
    public void LabelSmoothing_MatchesTheNotes()
    {
        const double eps = 0.1;
        var k = Logits.Length;
        var target = Enumerable.Range(0, k).Select(i => (i == 0 ? 1 - eps : 0) + (eps / k)).ToArray();
        var lse = LogSumExp(Logits);
        var loss = -target.Zip(Logits, (q, z) => q * (z - lse)).Sum();

        Notes.Shows(Topic, "0.9333", target[0]);
        Notes.Shows(Topic, "0.0333", target[1]);
        Notes.Shows(Topic, "0.3913", loss);
    }

    [Fact]
    public void SaturatedSigmoid_MatchesTheNotes()
    {
        const double z = -4;
        var s = 1 / (1 + Math.Exp(-z));
        var bceGradient = s - 1;
        var squaredErrorGradient = 2 * (s - 1) * s * (1 - s);

        Notes.Shows(Topic, "0.0180", s);
        Notes.Shows(Topic, "4.0181", Math.Log(1 + Math.Exp(-z)));
        Notes.Shows(Topic, "-0.9820", bceGradient);
        Notes.Shows(Topic, "-0.0347", squaredErrorGradient);
        Assert.InRange(bceGradient / squaredErrorGradient, 28, 29);
        Notes.Mention(Topic, "28 times weaker");
    }
}
