namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.chain-rule: backpropagation through L = (wx + b - y)^2.</summary>
public sealed class ChainRuleExampleTests
{
    private const string Topic = "math.chain-rule";
    private const double W = 2, X = 3, B = 1, Y = 5;

    private static double Loss(double w, double b) => Math.Pow(w * X + b - Y, 2);

    [Fact]
    public void ForwardAndBackwardPass_MatchTheNotes()
    {
        var z = W * X;
        var u = z + B;
        var r = u - Y;
        var loss = r * r;
        var rBar = 2 * r;
        var zBar = rBar;
        var wBar = zBar * X;
        var bBar = rBar;
        var xBar = zBar * W;

        Assert.Equal([6, 7, 2, 4], new[] { z, u, r, loss });
        Assert.Equal(4, rBar);
        Notes.Mention(Topic, "| $L = r^2$ | 4 | $\\bar w = \\bar z\\,x$, $\\bar b = \\bar u$, $\\bar x = \\bar z\\,w$ | 12, 4, 8 |");
        Assert.Equal([12, 4, 8], new[] { wBar, bBar, xBar });
    }

    [Fact]
    public void NumericalCheckAndStep_MatchTheNotes()
    {
        const double h = 1e-3, learningRate = 0.01;
        var central = (Loss(W + h, B) - Loss(W - h, B)) / (2 * h);
        var forward = (Loss(W + h, B) - Loss(W, B)) / h;
        var w1 = W - learningRate * 12;
        var b1 = B - learningRate * 4;

        Notes.Shows(Topic, "12.000", central, 1e-9);
        Notes.Shows(Topic, "12.009", forward, 5e-6);
        Notes.Shows(Topic, "1.88", w1, 1e-12);
        Notes.Shows(Topic, "0.96", b1, 1e-12);
        Notes.Shows(Topic, "2.56", Loss(w1, b1), 1e-12);
    }

    [Fact]
    public void FanOutAccumulates_AsTheNotesSay()
    {
        const double lambda = 0.1;
        double Penalised(double w) => Loss(w, B) + 0.5 * lambda * w * w;
        const double h = 1e-4;

        var fromLoss = 2 * (W * X + B - Y) * X;
        var fromPenalty = lambda * W;
        Notes.Shows(Topic, "12.2", fromLoss + fromPenalty, 1e-12);
        Assert.Equal(fromLoss + fromPenalty, (Penalised(W + h) - Penalised(W - h)) / (2 * h), 6);
    }
}
