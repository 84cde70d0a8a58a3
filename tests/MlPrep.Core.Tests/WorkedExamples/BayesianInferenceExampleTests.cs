namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.bayesian-inference: a Beta(2, 2) prior updated with 7 heads in 10 flips.</summary>
public sealed class BayesianInferenceExampleTests
{
    private const string Topic = "math.bayesian-inference";
    private const int PriorA = 2, PriorB = 2, Heads = 7, Flips = 10;

    private static double Choose(int n, int k) =>
        Enumerable.Range(1, k).Aggregate(1.0, (acc, i) => acc * (n - k + i) / i);

    /// <summary>CDF of Beta(a, b) for integer a, b: P(X ≤ x) = P(Binomial(a + b − 1, x) ≥ a).</summary>
    private static double BetaCdf(double x, int a, int b)
    {
        var n = a + b - 1;
        return Enumerable.Range(a, n - a + 1).Sum(j => Choose(n, j) * Math.Pow(x, j) * Math.Pow(1 - x, n - j));
    }

    private static double BetaQuantile(double q, int a, int b)
    {
        double low = 0, high = 1;
        for (var i = 0; i < 100; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = BetaCdf(mid, a, b) < q ? (mid, high) : (low, mid);
        }

        return (low + high) / 2;
    }

    [Fact]
    public void PointEstimates_MatchTheNotes()
    {
        const int a = PriorA + Heads, b = PriorB + Flips - Heads;
        var variance = (double)a * b / ((a + b) * (a + b) * (a + b + 1));
        var priorWeight = (double)(PriorA + PriorB) / (PriorA + PriorB + Flips);

        Notes.Mention(Topic, "Beta(9, 5)");
        Notes.Shows(Topic, "0.7", (double)Heads / Flips, 1e-12);
        Notes.Shows(Topic, "0.667", (a - 1.0) / (a + b - 2));
        Notes.Shows(Topic, "0.643", (double)a / (a + b));
        Assert.Equal((double)a / (a + b), priorWeight * 0.5 + (1 - priorWeight) * 0.7, 12);
        Notes.Shows(Topic, "0.01531", variance, 5e-6);
        Notes.Shows(Topic, "0.124", Math.Sqrt(variance));
    }

    [Fact]
    public void UpdatingFlipByFlip_GivesTheSamePosterior()
    {
        int[] flips = [1, 0, 1, 1, 0, 1, 1, 1, 0, 1];
        var (a, b) = (PriorA, PriorB);
        foreach (var flip in flips)
        {
            (a, b) = flip == 1 ? (a + 1, b) : (a, b + 1);
        }

        Assert.Equal(Heads, flips.Sum());
        Assert.Equal((9, 5), (a, b));
    }

    [Fact]
    public void CredibleInterval_MatchesTheNotes()
    {
        Assert.Equal(0.5, BetaCdf(0.5, 2, 2), 12);
        Notes.Shows(Topic, "0.386", BetaQuantile(0.025, 9, 5));
        Notes.Shows(Topic, "0.861", BetaQuantile(0.975, 9, 5));
        Notes.Shows(Topic, "0.867", 1 - BetaCdf(0.5, 9, 5));
    }

    [Fact]
    public void PosteriorPredictive_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.4286", 9.0 / 14 * (10.0 / 15));
        Notes.Shows(Topic, "0.444", Math.Pow(8.0 / 12, 2));
        Notes.Shows(Topic, "0.49", 0.7 * 0.7, 1e-12);
        Notes.Shows(Topic, "0.333", (3 + 1.0) / (10 + 2));
    }
}
