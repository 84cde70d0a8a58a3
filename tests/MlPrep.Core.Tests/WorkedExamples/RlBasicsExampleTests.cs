namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.rl-basics: returns of a four-step episode, and a state value from action values.</summary>
public sealed class RlBasicsExampleTests
{
    private const string Topic = "ml.rl-basics";
    private static readonly double[] Rewards = [-1, -1, -1, 10];

    [Fact]
    public void ReturnsComputedBackwards_MatchTheNotes()
    {
        var returns = Returns(Rewards, 0.9);

        Assert.Equal(10, returns[3], 12);
        Notes.Mention(Topic, "$-1 + 0.9 \\cdot 10 = 8$");
        Notes.Shows(Topic, "8", returns[2], 1e-12);
        Notes.Shows(Topic, "6.2", returns[1], 1e-12);
        Notes.Shows(Topic, "4.58", returns[0], 1e-12);
    }

    [Fact]
    public void ForwardSumAndOtherDiscounts_MatchTheNotes()
    {
        var forward = Rewards.Select((r, k) => Math.Pow(0.9, k) * r).Sum();

        Assert.Equal(Returns(Rewards, 0.9)[0], forward, 12);
        Notes.Mention(Topic, "$-1 - 0.9 - 0.81 + 0.729 \\cdot 10 = 4.58$");
        Assert.Equal(7, Returns(Rewards, 1.0)[0], 12);
        Notes.Mention(Topic, "Undiscounted, $G_0 = 7$");
        Notes.Shows(Topic, "-0.5", Returns(Rewards, 0.5)[0], 1e-12);
        Notes.Shows(Topic, "10", 1 / (1 - 0.9), 1e-12);
        Notes.Mention(Topic, "$G_t = 1/(1-0.9) = 10$");
    }

    [Fact]
    public void StateValueAndAdvantage_MatchTheNotes()
    {
        double[] policy = [0.3, 0.7];
        double[] actionValues = [2, 5];
        var value = policy.Zip(actionValues, (p, q) => p * q).Sum();

        Notes.Shows(Topic, "4.1", value, 1e-12);
        Notes.Shows(Topic, "0.9", actionValues[1] - value, 1e-12);
        Notes.Mention(Topic, "$5 - 4.1 = 0.9$");
    }

    /// <summary>All returns of an episode, from G_{t} = R_{t+1} + gamma G_{t+1} with G = 0 after the last reward.</summary>
    private static double[] Returns(double[] rewards, double gamma)
    {
        var returns = new double[rewards.Length];
        double next = 0;
        for (var t = rewards.Length - 1; t >= 0; t--)
        {
            next = rewards[t] + (gamma * next);
            returns[t] = next;
        }

        return returns;
    }
}
