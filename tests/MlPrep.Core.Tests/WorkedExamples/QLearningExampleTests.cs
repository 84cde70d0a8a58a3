namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.q-learning: Q-learning, SARSA and Expected SARSA updates on a small table.</summary>
public sealed class QLearningExampleTests
{
    private const string Topic = "ml.q-learning";
    private const double Alpha = 0.5;
    private const double Gamma = 0.9;
    private const double Reward = 1;
    private const double StartValue = 2;
    private static readonly double[] NextValues = [4, 6];

    [Fact]
    public void QLearningUpdate_MatchesTheNotes()
    {
        var target = Reward + (Gamma * NextValues.Max());
        var error = target - StartValue;

        Notes.Shows(Topic, "6.4", target, 1e-12);
        Notes.Shows(Topic, "4.4", error, 1e-12);
        Notes.Shows(Topic, "4.2", StartValue + (Alpha * error), 1e-12);
    }

    [Fact]
    public void SarsaAndExpectedSarsa_MatchTheNotes()
    {
        // SARSA: epsilon-greedy explored and took "left", whose value is 4.
        var sarsaTarget = Reward + (Gamma * NextValues[0]);
        Notes.Shows(Topic, "4.6", sarsaTarget, 1e-12);
        Notes.Shows(Topic, "2.6", sarsaTarget - StartValue, 1e-12);
        Notes.Shows(Topic, "3.3", Update(StartValue, sarsaTarget), 1e-12);

        // Expected SARSA: epsilon = 0.1 over two actions gives the greedy "right" 0.95 and "left" 0.05.
        const double epsilon = 0.1;
        double[] policy = [epsilon / 2, 1 - epsilon + (epsilon / 2)];
        var expected = policy.Zip(NextValues, (p, q) => p * q).Sum();
        Notes.Shows(Topic, "5.9", expected, 1e-12);
        Notes.Shows(Topic, "6.31", Reward + (Gamma * expected), 1e-12);
        Notes.Shows(Topic, "4.155", Update(StartValue, Reward + (Gamma * expected)), 1e-12);
    }

    [Fact]
    public void TerminalUpdateAndPropagation_MatchTheNotes()
    {
        var right = Update(NextValues[1], 10);
        Assert.Equal(8, right, 12);
        Notes.Mention(Topic, "$Q(s_2, \\text{right}) \\leftarrow 6 + 0.5 \\cdot (10 - 6) = 8$");

        var first = Update(StartValue, Reward + (Gamma * NextValues.Max()));
        var target = Reward + (Gamma * right);
        Notes.Shows(Topic, "8.2", target, 1e-12);
        Notes.Shows(Topic, "6.2", Update(first, target), 1e-12);
        Notes.Mention(Topic, "moves from 4.2 to 6.2");

        Assert.Equal(10, Reward + (Gamma * 10), 12);
        Notes.Mention(Topic, "$q_*(s_1, \\text{right}) = 1 + 0.9 \\cdot 10 = 10$");
    }

    private static double Update(double value, double target) => value + (Alpha * (target - value));
}
