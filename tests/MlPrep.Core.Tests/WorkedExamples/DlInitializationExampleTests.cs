namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.initialization: Xavier, He and PyTorch-default scales for a 256-to-128 layer, and how
/// the mean square of ReLU activations evolves through 20 layers under each variance.
/// </summary>
public sealed class DlInitializationExampleTests
{
    private const string Topic = "dl.initialization";
    private const int FanIn = 256, FanOut = 128, Depth = 20;

    [Fact]
    public void LayerScales_MatchTheTable()
    {
        var xavierBound = Math.Sqrt(6.0 / (FanIn + FanOut));
        var heStd = Math.Sqrt(2.0 / FanIn);
        var heBound = Math.Sqrt(6.0 / FanIn);
        var defaultBound = 1 / Math.Sqrt(FanIn);

        Notes.Shows(Topic, "0.125", xavierBound, 1e-12);
        Notes.Shows(Topic, "0.0722", xavierBound / Math.Sqrt(3));
        Notes.Shows(Topic, "0.0884", heStd);
        Notes.Shows(Topic, "0.1531", heBound);
        Assert.Equal(heStd, heBound / Math.Sqrt(3), 12);
        Notes.Shows(Topic, "0.0625", defaultBound, 1e-12);
        Notes.Shows(Topic, "0.0361", defaultBound / Math.Sqrt(3));
    }

    [Fact]
    public void SignalThroughTwentyLayers_MatchesTheNotes()
    {
        static double MeanSquareRatio(double variance) => Math.Pow(FanIn * variance / 2, Depth);

        Assert.Equal(1, MeanSquareRatio(2.0 / FanIn), 12);
        var lecun = MeanSquareRatio(1.0 / FanIn);
        Notes.Shows(Topic, "9.5", lecun * 1e7, 0.05);
        Notes.Mention(Topic, "$2^{-20} \\approx 9.5 \\times 10^{-7}$");
        Notes.Shows(Topic, "0.000977", Math.Sqrt(lecun), 5e-7);

        var pytorchDefault = MeanSquareRatio(1.0 / (3 * FanIn));
        Notes.Shows(Topic, "1.65", Math.Sqrt(pytorchDefault) * 1e8, 0.005);
        Notes.Mention(Topic, "$6^{-10} \\approx 1.65 \\times 10^{-8}$");
    }
}
