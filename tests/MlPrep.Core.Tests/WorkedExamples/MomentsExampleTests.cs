namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.moments: moments of a five-point data set and their rescaling rules.</summary>
public sealed class MomentsExampleTests
{
    private const string Topic = "math.moments";
    private static readonly double[] X = [1, 2, 2, 3, 7];
    private static readonly double[] Y = [2, 3, 5, 4, 11];

    private static double SumOfSquares(double[] v) => v.Sum(a => (a - v.Average()) * (a - v.Average()));

    private static double CrossProducts(double[] u, double[] v) =>
        u.Zip(v, (a, b) => (a - u.Average()) * (b - v.Average())).Sum();

    private static double SampleVariance(double[] v) => SumOfSquares(v) / (v.Length - 1);

    private static double Correlation(double[] u, double[] v) =>
        CrossProducts(u, v) / Math.Sqrt(SumOfSquares(u) * SumOfSquares(v));

    [Fact]
    public void VarianceAndSkewness_MatchTheNotes()
    {
        var n = X.Length;
        var m2 = SumOfSquares(X) / n;
        var m3 = X.Sum(a => Math.Pow(a - X.Average(), 3)) / n;
        var g1 = m3 / Math.Pow(m2, 1.5);

        Notes.Shows(Topic, "3", X.Average(), 1e-12);
        Notes.Shows(Topic, "22", SumOfSquares(X), 1e-12);
        Notes.Shows(Topic, "4.4", m2);
        Notes.Shows(Topic, "5.5", SampleVariance(X));
        Notes.Shows(Topic, "2.345", Math.Sqrt(SampleVariance(X)));
        Notes.Shows(Topic, "10.8", m3);
        Notes.Shows(Topic, "9.2295", Math.Pow(m2, 1.5));
        Notes.Shows(Topic, "1.170", g1);
        Notes.Shows(Topic, "1.744", g1 * Math.Sqrt(n * (n - 1.0)) / (n - 2));
    }

    [Fact]
    public void CovarianceAndCorrelation_MatchTheNotes()
    {
        Notes.Shows(Topic, "50", SumOfSquares(Y), 1e-12);
        Notes.Shows(Topic, "12.5", SampleVariance(Y));
        Notes.Shows(Topic, "32", CrossProducts(X, Y), 1e-12);
        Notes.Shows(Topic, "8", CrossProducts(X, Y) / (X.Length - 1), 1e-12);
        Notes.Shows(Topic, "6.4", CrossProducts(X, Y) / X.Length);
        Notes.Shows(Topic, "0.965", Correlation(X, Y));
        Notes.Shows(Topic, "0.632", Correlation(X[..4], Y[..4]));
    }

    [Fact]
    public void RescalingAndSums_MatchTheNotes()
    {
        var z = X.Select(a => 2 * a + 3).ToArray();
        var sum = X.Zip(Y, (a, b) => a + b).ToArray();

        Assert.Equal([5, 7, 7, 9, 17], z);
        Notes.Shows(Topic, "9", z.Average(), 1e-12);
        Notes.Shows(Topic, "22", SampleVariance(z), 1e-12);
        Assert.Equal(4 * SampleVariance(X), SampleVariance(z), 12);
        Assert.Equal(Correlation(X, Y), Correlation(z, Y), 12);
        Notes.Shows(Topic, "34", SampleVariance(sum), 1e-12);
        Assert.Equal(SampleVariance(X) + SampleVariance(Y) + 2 * CrossProducts(X, Y) / (X.Length - 1), SampleVariance(sum), 12);
    }
}
