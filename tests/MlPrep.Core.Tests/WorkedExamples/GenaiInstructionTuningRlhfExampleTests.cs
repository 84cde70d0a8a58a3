namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.instruction-tuning-rlhf: a Bradley-Terry reward loss, a DPO loss, the KL-penalised reward, PPO clipping and GRPO advantages.</summary>
public sealed class GenaiInstructionTuningRlhfExampleTests
{
    private const string Topic = "genai.instruction-tuning-rlhf";
    private static readonly double[] GroupRewards = [1, 0, 0, 1];

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private static double Clipped(double ratio, double advantage, double epsilon = 0.2) =>
        Math.Min(ratio * advantage, Math.Clamp(ratio, 1 - epsilon, 1 + epsilon) * advantage);

    [Fact]
    public void RewardModelLoss_MatchesTheNotes()
    {
        const double chosen = 1.2, rejected = 0.4;

        Notes.Shows(Topic, "0.690", Sigmoid(chosen - rejected));
        Notes.Shows(Topic, "0.371", -Math.Log(Sigmoid(chosen - rejected)));
    }

    [Fact]
    public void DpoLoss_MatchesTheNotes()
    {
        const double beta = 0.1;
        const double chosenPolicy = -12, chosenReference = -13, rejectedPolicy = -15, rejectedReference = -14;
        var margin = beta * ((chosenPolicy - chosenReference) - (rejectedPolicy - rejectedReference));

        Notes.Shows(Topic, "0.2", margin, 1e-12);
        Notes.Shows(Topic, "0.598", -Math.Log(Sigmoid(margin)));
        Notes.Shows(Topic, "0.693", Math.Log(2));
        Notes.Shows(Topic, "0.450", Sigmoid(-margin));
    }

    [Fact]
    public void PenaltyClippingAndGroupAdvantages_MatchTheNotes()
    {
        var mean = GroupRewards.Average();
        var deviation = Math.Sqrt(GroupRewards.Average(r => (r - mean) * (r - mean)));
        var advantages = GroupRewards.Select(r => (r - mean) / deviation).ToArray();

        Notes.Shows(Topic, "1.75", 2.0 - (0.05 * 5.0), 1e-12);
        Notes.Shows(Topic, "1.2", Clipped(1.3, 1), 1e-12);
        Notes.Shows(Topic, "-0.8", Clipped(0.7, -1), 1e-12);
        Assert.Equal([1.0, -1.0, -1.0, 1.0], advantages);
        Notes.Mention(Topic, "advantages $(1, -1, -1, 1)$");
    }
}
