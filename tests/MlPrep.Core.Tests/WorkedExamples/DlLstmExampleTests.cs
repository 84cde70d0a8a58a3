namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.lstm: one step of a scalar LSTM cell, the forget-gate gradient
/// factor over 50 steps, and the size and cost of `nn.LSTM(100, 128)`.</summary>
public sealed class DlLstmExampleTests
{
    private const string Topic = "dl.lstm";
    private const double X = 1;
    private const double HPrev = 0.5;
    private const double CPrev = 1;

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Pre(double inputWeight, double recurrentWeight, double bias) => (inputWeight * X) + (recurrentWeight * HPrev) + bias;

    private static long Parameters(long input, long hidden) => (4 * hidden * (input + hidden)) + (8 * hidden);

    [Fact]
    public void CellStep_MatchesTheNotes()
    {
        var i = Sigmoid(Pre(1, 0, 0));
        var f = Sigmoid(Pre(0, 2, 1));
        var g = Math.Tanh(Pre(1, 1, 0));
        var o = Sigmoid(Pre(0.5, 0, 0));
        Notes.Shows(Topic, "0.731", i);
        Notes.Shows(Topic, "0.881", f);
        Notes.Shows(Topic, "0.905", g);
        Notes.Shows(Topic, "0.622", o);

        var c = (f * CPrev) + (i * g);
        Notes.Shows(Topic, "0.662", i * g);
        Notes.Shows(Topic, "1.543", c);
        Notes.Shows(Topic, "0.913", Math.Tanh(c));
        Notes.Shows(Topic, "0.568", o * Math.Tanh(c));
    }

    [Fact]
    public void ForgetGateFactor_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.605", Math.Pow(0.99, 50));
        Notes.Shows(Topic, "0.077", Math.Pow(0.95, 50));
    }

    [Fact]
    public void LayerSizeAndCost_MatchTheNotes()
    {
        Notes.Shows(Topic, "117,760", Parameters(100, 128), 0);
        Notes.Shows(Topic, "117,248", 4 * ((128 * (128 + 100)) + 128), 0);
        Notes.Shows(Topic, "132,096", Parameters(128, 128), 0);
        Notes.Shows(Topic, "249,856", Parameters(100, 128) + Parameters(128, 128), 0);
        Notes.Shows(Topic, "116,736", 4 * 128 * (100 + 128), 0);
        Notes.Shows(Topic, "186.8", 32.0 * 50 * 4 * 128 * 228 / 1e6, 0.05);
        Notes.Mention(Topic, "`weight_ih_l0` is (512, 100)");
    }
}
