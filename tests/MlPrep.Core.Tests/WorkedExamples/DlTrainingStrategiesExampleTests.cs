namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.training-strategies: warmup plus cosine, the Transformer schedule and a learning curve.</summary>
public sealed class DlTrainingStrategiesExampleTests
{
    private const string Topic = "dl.training-strategies";
    private const double Peak = 3e-4, Floor = 3e-5;
    private const int Warmup = 1000, Total = 10000;
    private static readonly double[] TrainLoss = [1.20, 0.85, 0.66, 0.52, 0.41, 0.32, 0.25, 0.19];
    private static readonly double[] ValLoss = [1.25, 0.93, 0.78, 0.71, 0.69, 0.70, 0.74, 0.80];

    private static double WarmupCosine(int step)
    {
        if (step <= Warmup)
        {
            return Peak * step / Warmup;
        }

        var progress = (double)(step - Warmup) / (Total - Warmup);
        return Floor + (0.5 * (Peak - Floor) * (1 + Math.Cos(Math.PI * progress)));
    }

    private static double TransformerSchedule(int step, int dModel = 512, int warmup = 4000) =>
        Math.Pow(dModel, -0.5) * Math.Min(Math.Pow(step, -0.5), step * Math.Pow(warmup, -1.5));

    [Fact]
    public void WarmupCosine_MatchesTheTable()
    {
        Notes.Shows(Topic, "1.5e-4", WarmupCosine(500), 1e-9);
        Notes.Shows(Topic, "1.65e-4", WarmupCosine(5500), 1e-9);
        Notes.Shows(Topic, "6.95e-5", WarmupCosine(7750), 1e-7);
        Notes.Shows(Topic, "0.146", 0.5 * (1 + Math.Cos(0.75 * Math.PI)));
        Assert.Equal(Floor, WarmupCosine(Total), 12);
    }

    [Fact]
    public void TransformerSchedule_MatchesTheNotes()
    {
        Notes.Shows(Topic, "6.99e-4", TransformerSchedule(4000), 1e-6);
        Notes.Shows(Topic, "3.49e-4", TransformerSchedule(16000), 1e-6);
    }

    [Fact]
    public void LearningCurve_BestEpochAndGap_MatchTheNotes()
    {
        var best = Array.IndexOf(ValLoss, ValLoss.Min()) + 1;

        Assert.Equal(5, best);
        Notes.Mention(Topic, "Validation bottoms out at epoch 5 (0.69)");
        Notes.Shows(Topic, "0.61", ValLoss[^1] - TrainLoss[^1], 1e-9);
    }
}
