using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.early-stopping: Keras-style early stopping (an improvement must beat the best value
/// by more than min_delta; stop after `patience` evaluations without one) on twelve validation losses.
/// </summary>
public sealed class DlEarlyStoppingExampleTests
{
    private const string Topic = "dl.early-stopping";
    private static readonly double[] Losses = [0.90, 0.72, 0.61, 0.56, 0.552, 0.548, 0.53, 0.535, 0.529, 0.54, 0.56, 0.58];

    /// <summary>Returns the epoch after which training stops (null if it never does) and the epoch restored.</summary>
    private static (int? StopEpoch, int BestEpoch) Run(int patience, double minDelta)
    {
        var best = double.PositiveInfinity;
        var bestEpoch = 0;
        var wait = 0;
        for (var epoch = 1; epoch <= Losses.Length; epoch++)
        {
            wait++;
            if (Losses[epoch - 1] < best - minDelta)
            {
                best = Losses[epoch - 1];
                bestEpoch = epoch;
                wait = 0;
            }

            if (wait >= patience && epoch > 1)
            {
                return (epoch, bestEpoch);
            }
        }

        return (null, bestEpoch);
    }

    [Fact]
    public void LossTable_MatchesTheNotes()
    {
        var cells = string.Join(" | ", Losses.Select(v => v.ToString("0.00#", CultureInfo.InvariantCulture)));

        Notes.Mention(Topic, $"| loss | {cells} |");
    }

    [Fact]
    public void PatienceThreeWithoutMinDelta_MatchesTheNotes()
    {
        Assert.Equal<(int?, int)>((12, 9), Run(3, 0));
        Notes.Mention(Topic, "Training stops after epoch 12 and restores epoch 9 (0.529)");
    }

    [Fact]
    public void PatienceThreeWithMinDelta_MatchesTheNotes()
    {
        Assert.Equal<(int?, int)>((10, 7), Run(3, 0.01));
        Notes.Mention(Topic, "training stops after epoch 10 and restores **epoch 7**");
        Assert.True(Losses[8] < Losses[6]);
    }

    [Fact]
    public void OtherPatiences_MatchTheNotes()
    {
        Assert.Equal(11, Run(2, 0).StopEpoch);
        Notes.Mention(Topic, "**Patience 2, `min_delta` 0** stops after epoch 11");
        Assert.Null(Run(5, 0).StopEpoch);
        Notes.Mention(Topic, "**patience 5** never fires within 12 epochs");
    }
}
