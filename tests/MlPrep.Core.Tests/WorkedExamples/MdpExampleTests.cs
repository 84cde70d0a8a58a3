namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of ml.mdp: a two-state MDP (A: stay or go; B: absorbing) with gamma 0.9,
/// evaluated exactly and solved by value iteration.
/// </summary>
public sealed class MdpExampleTests
{
    private const string Topic = "ml.mdp";
    private const double Gamma = 0.9;

    [Fact]
    public void PolicyEvaluation_MatchesTheNotes()
    {
        // Policy "go": from A reach B with 0.8, stay in A with 0.2, reward 0; B returns to itself with reward 2.
        var go = Evaluate(new double[,] { { 0.2, 0.8 }, { 0, 1 } }, [0, 2]);
        var stay = Evaluate(new double[,] { { 1, 0 }, { 0, 1 } }, [1, 2]);

        Notes.Shows(Topic, "17.56", go[0], 0.005);
        Notes.Shows(Topic, "20", go[1], 1e-9);
        Notes.Mention(Topic, "so $v(B) = 20$");
        Notes.Shows(Topic, "10", stay[0], 1e-9);
        Notes.Mention(Topic, "so $v(A) = 10$");
        Notes.Shows(Topic, "14.4", Gamma * 0.8 * go[1], 1e-9);
        Notes.Shows(Topic, "0.82", 1 - (Gamma * 0.2), 1e-12);
    }

    [Fact]
    public void OptimalityCheck_MatchesTheNotes()
    {
        var optimal = ValueIteration(1000)[^1];
        var stayInA = 1 + (Gamma * optimal.A);
        var goInA = Gamma * ((0.8 * optimal.B) + (0.2 * optimal.A));

        Notes.Shows(Topic, "17.56", optimal.A, 0.005);
        Notes.Shows(Topic, "16.80", stayInA, 0.005);
        Notes.Shows(Topic, "17.56", goInA, 0.005);
        Assert.True(goInA > stayInA);
    }

    [Fact]
    public void ValueIterationSweeps_MatchTheNotes()
    {
        var sweeps = ValueIteration(3);

        Notes.Shows(Topic, "1.9", sweeps[1].Stay, 1e-12);
        Notes.Shows(Topic, "1.62", sweeps[1].Go, 1e-12);
        Notes.Shows(Topic, "3.8", sweeps[1].B, 1e-12);
        Notes.Shows(Topic, "2.71", sweeps[2].Stay, 1e-12);
        Notes.Shows(Topic, "3.078", sweeps[2].Go, 1e-12);
        Notes.Shows(Topic, "5.42", sweeps[2].B, 1e-12);
        Assert.True(sweeps[1].Stay > sweeps[1].Go, "after two sweeps the greedy action in A is stay");
        Assert.True(sweeps[2].Go > sweeps[2].Stay, "the third sweep flips it to go");
    }

    [Fact]
    public void ErrorBound_HoldsAtEverySweep()
    {
        var sweeps = ValueIteration(50);
        var optimal = ValueIteration(1000)[^1];

        Notes.Mention(Topic, "$20 \\cdot 0.9^k$");
        for (var k = 0; k < sweeps.Length; k++)
        {
            var error = Math.Max(Math.Abs(sweeps[k].A - optimal.A), Math.Abs(sweeps[k].B - optimal.B));
            Assert.True(error <= (20 * Math.Pow(Gamma, k + 1)) + 1e-9);
        }
    }

    private static double[] Evaluate(double[,] transitions, double[] rewards)
    {
        var system = new double[2, 2];
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                system[i, j] = (i == j ? 1 : 0) - (Gamma * transitions[i, j]);
            }
        }

        return Solve.Linear(system, rewards);
    }

    /// <summary>Sweeps of value iteration from v = (0, 0); each entry keeps both action values in A.</summary>
    private static (double Stay, double Go, double A, double B)[] ValueIteration(int count)
    {
        var result = new (double Stay, double Go, double A, double B)[count];
        double a = 0, b = 0;
        for (var k = 0; k < count; k++)
        {
            var stay = 1 + (Gamma * a);
            var go = Gamma * ((0.8 * b) + (0.2 * a));
            (a, b) = (Math.Max(stay, go), 2 + (Gamma * b));
            result[k] = (stay, go, a, b);
        }

        return result;
    }
}
