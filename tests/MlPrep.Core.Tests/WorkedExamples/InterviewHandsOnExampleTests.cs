namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.hands-on: one full-batch gradient step of logistic regression
/// written from scratch, with a central-difference gradient check.</summary>
public sealed class InterviewHandsOnExampleTests
{
    private const string Topic = "interview.hands-on";
    private const double LearningRate = 0.5;
    private static readonly double[] X = [1, 2, 3];
    private static readonly double[] Y = [0, 1, 1];

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Loss(double w, double b) =>
        -X.Zip(Y, (x, y) => (y * Math.Log(Sigmoid((w * x) + b))) + ((1 - y) * Math.Log(1 - Sigmoid((w * x) + b)))).Average();

    private static (double Gw, double Gb) Gradient(double w, double b)
    {
        var residuals = X.Zip(Y, (x, y) => Sigmoid((w * x) + b) - y).ToArray();
        return (residuals.Zip(X, (r, x) => r * x).Average(), residuals.Average());
    }

    [Fact]
    public void GradientAtZero_MatchesTheNotes()
    {
        var (gw, gb) = Gradient(0, 0);
        const double h = 1e-5;

        Notes.Shows(Topic, "0.6931", Loss(0, 0), 5e-5);
        Notes.Shows(Topic, "-0.6667", gw, 5e-5);
        Notes.Shows(Topic, "-0.1667", gb, 5e-5);
        Notes.Mention(Topic, "gives $-0.6667$ as well");
        Assert.Equal(gw, (Loss(h, 0) - Loss(-h, 0)) / (2 * h), 8);
    }

    [Fact]
    public void OneStep_MatchesTheNotes()
    {
        var (gw, gb) = Gradient(0, 0);
        var w = -LearningRate * gw;
        var b = -LearningRate * gb;

        Notes.Shows(Topic, "0.3333", w, 5e-5);
        Notes.Shows(Topic, "0.0833", b, 5e-5);
        Notes.Shows(Topic, "0.5338", Loss(w, b), 5e-5);
    }
}
