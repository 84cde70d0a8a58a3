namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.linear-regression, recomputed from its four points.</summary>
public sealed class LinearRegressionExampleTests
{
    private const string Topic = "ml.linear-regression";
    private static readonly double[] X = [1, 2, 3, 4];
    private static readonly double[] Y = [2, 3, 5, 6];

    [Fact]
    public void LeastSquaresFit_MatchesTheNotes()
    {
        var meanX = X.Average();
        var meanY = Y.Average();
        var sxy = X.Zip(Y, (x, y) => (x - meanX) * (y - meanY)).Sum();
        var sxx = X.Sum(x => (x - meanX) * (x - meanX));
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;

        Notes.Shows(Topic, "1.4", slope);
        Notes.Shows(Topic, "0.5", intercept);
        Notes.Shows(Topic, "7", sxy);
        Notes.Shows(Topic, "5", sxx);
    }

    [Fact]
    public void ResidualsAndRSquared_MatchTheNotes()
    {
        const double slope = 1.4, intercept = 0.5;
        var residuals = X.Zip(Y, (x, y) => y - (intercept + slope * x)).ToArray();
        var sse = residuals.Sum(r => r * r);
        var sst = Y.Sum(y => (y - Y.Average()) * (y - Y.Average()));

        Assert.Equal(0, residuals.Sum(), 12);
        Assert.Equal(0, X.Zip(residuals, (x, r) => x * r).Sum(), 12);
        Notes.Shows(Topic, "0.2", sse);
        Notes.Shows(Topic, "0.98", 1 - sse / sst);
        Notes.Shows(Topic, "0.1", sse / (X.Length - 2));
    }
}
