namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of math.regularization: the quadratic loss with X^T X = A and X^T y = c, solved
/// without a penalty, with an L2 penalty, and with an L1 penalty by proximal gradient (ISTA).
/// </summary>
public sealed class RegularizationExampleTests
{
    private const string Topic = "math.regularization";
    private const double Lambda = 1;
    private const double Step = 1.0 / 3;
    private static readonly double[,] A = { { 2, 1 }, { 1, 2 } };
    private static readonly double[] C = [4, 1];

    private static double[] Gradient(double[] w) =>
        [A[0, 0] * w[0] + A[0, 1] * w[1] - C[0], A[1, 0] * w[0] + A[1, 1] * w[1] - C[1]];

    private static double SoftThreshold(double z, double t) => Math.Sign(z) * Math.Max(Math.Abs(z) - t, 0);

    [Fact]
    public void UnpenalisedAndRidge_MatchTheNotes()
    {
        var ols = Solve.Linear(A, C);
        var ridge = Solve.Linear(new double[,] { { 3, 1 }, { 1, 3 } }, C);

        Notes.Shows(Topic, "2.333", ols[0]);
        Notes.Shows(Topic, "-0.667", ols[1]);
        Notes.Shows(Topic, "1.375", ridge[0], 1e-12);
        Notes.Shows(Topic, "-0.125", ridge[1], 1e-12);
        Notes.Shows(Topic, "1.381", Math.Sqrt(ridge[0] * ridge[0] + ridge[1] * ridge[1]));
    }

    [Fact]
    public void IstaIterates_MatchTheNotes()
    {
        double[] w = [0, 0];
        var beforeThreshold = new List<double[]>();
        var afterThreshold = new List<double[]>();
        for (var k = 0; k < 60; k++)
        {
            var g = Gradient(w);
            double[] v = [w[0] - Step * g[0], w[1] - Step * g[1]];
            w = [SoftThreshold(v[0], Step * Lambda), SoftThreshold(v[1], Step * Lambda)];
            beforeThreshold.Add(v);
            afterThreshold.Add(w);
        }

        Notes.Shows(Topic, "1.333", beforeThreshold[0][0]);
        Notes.Shows(Topic, "0.333", beforeThreshold[0][1]);
        Assert.Equal(1, afterThreshold[0][0], 12);
        Assert.Equal(0, afterThreshold[0][1]);
        Notes.Shows(Topic, "1.667", beforeThreshold[1][0]);
        Assert.Equal(0, beforeThreshold[1][1], 12);
        Notes.Shows(Topic, "1.333", afterThreshold[1][0]);
        Notes.Shows(Topic, "1.778", beforeThreshold[2][0]);
        Notes.Shows(Topic, "-0.111", beforeThreshold[2][1]);
        Notes.Shows(Topic, "1.444", afterThreshold[2][0]);
        Assert.Equal(0, afterThreshold[2][1]);
        Notes.Shows(Topic, "1.5", w[0], 1e-9);
        Assert.Equal(0, w[1]);
        Assert.Equal(3 * (1.5 - afterThreshold[2][0]), 1.5 - afterThreshold[1][0], 12);
    }

    [Fact]
    public void LassoOptimality_MatchesTheNotes()
    {
        double[] w = [1.5, 0];
        var g = Gradient(w);

        Notes.Shows(Topic, "-1", g[0], 1e-12);
        Notes.Shows(Topic, "0.5", g[1], 1e-12);
        Assert.Equal(0, g[0] + Lambda * Math.Sign(w[0]), 12);
        Assert.True(Math.Abs(g[1]) <= Lambda, "zero is optimal for the second weight");
        Notes.Mention(Topic, "$\\lVert (1.5, 0) \\rVert_1 = 1.5$");
    }

    [Fact]
    public void InvertedDropout_MatchesTheNotes()
    {
        const double p = 0.2, activation = 3;
        var kept = activation / (1 - p);
        var mean = (1 - p) * kept;
        var variance = (1 - p) * kept * kept - mean * mean;

        Notes.Shows(Topic, "3.75", kept, 1e-12);
        Assert.Equal(activation, mean, 12);
        Notes.Shows(Topic, "2.25", variance, 1e-12);
        Assert.Equal(activation * activation * p / (1 - p), variance, 12);
    }
}
