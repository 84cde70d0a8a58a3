namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.gradient-descent: fitting a constant to four points, in batch and stochastic form.</summary>
public sealed class GradientDescentExampleTests
{
    private const string Topic = "math.gradient-descent";
    private static readonly double[] X = [1, 2, 3, 6];

    private static double Loss(double w) => X.Average(x => (w - x) * (w - x));

    private static double Gradient(double w) => X.Average(x => 2 * (w - x));

    private static double[] Iterates(double learningRate, int steps)
    {
        var w = new double[steps + 1];
        for (var k = 0; k < steps; k++)
        {
            w[k + 1] = w[k] - learningRate * Gradient(w[k]);
        }

        return w;
    }

    private static double Variance(double[] values) => values.Average(v => (v - values.Average()) * (v - values.Average()));

    [Fact]
    public void LossAndCurvature_MatchTheNotes()
    {
        Assert.Equal(3, X.Average());
        Notes.Shows(Topic, "3.5", Loss(3), 1e-12);
        Notes.Shows(Topic, "12.5", Loss(0), 1e-12);
        Assert.Equal(2, (Gradient(1) - Gradient(0)) / 1, 12);
    }

    [Fact]
    public void LearningRateTable_MatchesTheNotes()
    {
        var slow = Iterates(0.1, 3);
        var exact = Iterates(0.5, 3);
        var oscillating = Iterates(1.0, 3);
        var diverging = Iterates(1.2, 3);

        Notes.Mention(Topic, "| 0.1 | 0.6 | 1.08 | 1.464 |");
        Assert.Equal([0, 0.6, 1.08, 1.464], slow.Select(w => Math.Round(w, 12)));
        Notes.Mention(Topic, "| 0.5 | 3 | 3 | 3 |");
        Assert.Equal([0, 3, 3, 3], exact.Select(w => Math.Round(w, 12)));
        Notes.Mention(Topic, "| 1.0 | 6 | 0 | 6 |");
        Assert.Equal([0, 6, 0, 6], oscillating.Select(w => Math.Round(w, 12)));
        Notes.Mention(Topic, "| 1.2 | 7.2 | $-2.88$ | 11.232 |");
        Assert.Equal([0, 7.2, -2.88, 11.232], diverging.Select(w => Math.Round(w, 12)));
        Assert.Equal(-1.4, (diverging[2] - 3) / (diverging[1] - 3), 12);
    }

    [Fact]
    public void LossCurveAndStepCount_MatchTheNotes()
    {
        var w = Iterates(0.1, 30);

        Notes.Shows(Topic, "9.26", Loss(w[1]), 1e-12);
        Notes.Shows(Topic, "7.1864", Loss(w[2]), 1e-12);
        Notes.Shows(Topic, "5.8593", Loss(w[3]), 5e-5);
        var first = Enumerable.Range(0, w.Length).First(k => Math.Abs(w[k] - 3) < 0.01);
        Assert.Equal(26, first);
        Notes.Mention(Topic, "\\ln 0.8 \\rceil = 26");
    }

    [Fact]
    public void IllConditionedQuadratic_MatchesTheNotes()
    {
        const double mu = 2, l = 20;

        Notes.Shows(Topic, "0.1", 2 / l, 1e-12);
        Notes.Shows(Topic, "0.0909", 2 / (l + mu), 5e-5);
        Notes.Shows(Topic, "0.818", 1 - 2 / (l + mu) * mu);
        Assert.Equal(1 - 2 / (l + mu) * mu, -(1 - 2 / (l + mu) * l), 12);
    }

    [Fact]
    public void BatchMiniBatchAndSgd_MatchTheNotes()
    {
        var perExample = X.Select(x => 2 * (0 - x)).ToArray();
        var pairs = (from i in Enumerable.Range(0, 4) from j in Enumerable.Range(i + 1, 3 - i) select (perExample[i] + perExample[j]) / 2).ToArray();

        Assert.Equal([-2, -4, -6, -12], perExample);
        Assert.Equal(-6, perExample.Average(), 12);
        Notes.Mention(Topic, "the full-batch gradient is their mean, $-6$");
        Assert.Equal(14, Variance(perExample), 12);
        Notes.Mention(Topic, "mean $-6$, variance 14");
        Assert.Equal([-3, -4, -7, -5, -8, -9], pairs);
        Assert.Equal(-6, pairs.Average(), 12);
        Notes.Shows(Topic, "4.67", Variance(pairs), 5e-3);

        var w = 0.0;
        var visited = new List<double>();
        foreach (var x in X)
        {
            w -= 0.1 * 2 * (w - x);
            visited.Add(Math.Round(w, 12));
        }

        Assert.Equal([0.2, 0.56, 1.048, 2.0384], visited);
        Notes.Mention(Topic, "$w = 0.2, 0.56, 1.048, 2.0384$");
    }
}
