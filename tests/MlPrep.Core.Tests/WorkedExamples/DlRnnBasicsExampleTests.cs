namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.rnn-basics: a scalar tanh RNN over three steps, its loss, the
/// backpropagation-through-time gradients, and the size and cost of `nn.RNN(100, 128)`.</summary>
public sealed class DlRnnBasicsExampleTests
{
    private const string Topic = "dl.rnn-basics";
    private const double W = 0.5;
    private const double U = 0.8;
    private const double Target = 0.5;
    private static readonly double[] Inputs = [1, -1, 2];

    private static double[] States(double w, double u)
    {
        var h = new double[Inputs.Length + 1];
        for (var t = 0; t < Inputs.Length; t++)
        {
            h[t + 1] = Math.Tanh((w * Inputs[t]) + (u * h[t]));
        }

        return h;
    }

    private static double Loss(double w, double u) => 0.5 * Math.Pow(States(w, u)[^1] - Target, 2);

    [Fact]
    public void ForwardPass_MatchesTheNotes()
    {
        var h = States(W, U);
        Notes.Shows(Topic, "0.462", h[1]);
        Notes.Shows(Topic, "-0.130", h[2]);
        Notes.Shows(Topic, "0.896", (W * Inputs[2]) + (U * h[2]));
        Notes.Shows(Topic, "0.715", h[3]);
        Notes.Shows(Topic, "0.023", Loss(W, U));
    }

    [Fact]
    public void BackpropagationThroughTime_MatchesTheNotes()
    {
        var h = States(W, U);
        var delta = new double[Inputs.Length + 1];
        var upstream = h[3] - Target;
        Notes.Shows(Topic, "0.2145", upstream, 5e-5);
        for (var t = Inputs.Length; t >= 1; t--)
        {
            delta[t] = upstream * (1 - (h[t] * h[t]));
            upstream = U * delta[t];
        }

        Notes.Shows(Topic, "0.1050", delta[3], 5e-5);
        Notes.Shows(Topic, "0.0826", delta[2], 5e-5);
        Notes.Shows(Topic, "0.0520", delta[1], 5e-5);

        Notes.Shows(Topic, "-0.0136", delta[3] * h[2], 5e-5);
        Notes.Shows(Topic, "0.0382", delta[2] * h[1], 5e-5);
        var gradU = Enumerable.Range(1, 3).Sum(t => delta[t] * h[t - 1]);
        var gradW = Enumerable.Range(1, 3).Sum(t => delta[t] * Inputs[t - 1]);
        Notes.Shows(Topic, "0.0246", gradU, 5e-5);
        Notes.Shows(Topic, "0.179", gradW);

        const double eps = 1e-6;
        Assert.Equal(gradU, (Loss(W, U + eps) - Loss(W, U - eps)) / (2 * eps), 8);
        Assert.Equal(gradW, (Loss(W + eps, U) - Loss(W - eps, U)) / (2 * eps), 8);
    }

    [Fact]
    public void LayerSizeAndCost_MatchTheNotes()
    {
        const int input = 100, hidden = 128;
        Notes.Shows(Topic, "29,440", (hidden * input) + (hidden * hidden) + (2 * hidden), 0);
        Notes.Shows(Topic, "29,184", hidden * (input + hidden), 0);
        Notes.Shows(Topic, "46.7", 32.0 * 50 * hidden * (input + hidden) / 1e6, 0.05);
        Notes.Mention(Topic, "`h_n` (1, 32, 128)");
    }
}
