namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.svd-pca: PCA of five points by the covariance route and the SVD route.</summary>
public sealed class SvdPcaExampleTests
{
    private const string Topic = "math.svd-pca";
    private static readonly double[] X = [2, 4, 5, 6, 8];
    private static readonly double[] Y = [3, 1, 3, 3, 5];

    private static (double[] X, double[] Y) Centred() => ([.. X.Select(v => v - X.Average())], [.. Y.Select(v => v - Y.Average())]);

    private static (double Sxx, double Sxy, double Syy) Scatter()
    {
        var (x, y) = Centred();
        return (x.Sum(v => v * v), x.Zip(y, (a, b) => a * b).Sum(), y.Sum(v => v * v));
    }

    private static (double Largest, double Smallest) Eigenvalues(double a, double b, double c)
    {
        var root = Math.Sqrt((a - c) * (a - c) + 4 * b * b);
        return ((a + c + root) / 2, (a + c - root) / 2);
    }

    [Fact]
    public void CovarianceRoute_MatchesTheNotes()
    {
        var (x, y) = Centred();
        var (sxx, sxy, syy) = Scatter();
        var n = X.Length;

        Assert.Equal([-3, -1, 0, 1, 3], x);
        Assert.Equal([0, -2, 0, 0, 2], y);
        Notes.Mention(Topic, "$(-3, 0), (-1, -2), (0, 0), (1, 0), (3, 2)$");
        Assert.Equal((20, 8, 8), (sxx, sxy, syy));
        Notes.Mention(Topic, "$X_c^\\top X_c = \\begin{pmatrix} 20 & 8 \\\\ 8 & 8 \\end{pmatrix}$");

        var (c11, c12, c22) = (sxx / (n - 1), sxy / (n - 1), syy / (n - 1));
        Assert.Equal((5, 2, 2), (c11, c12, c22));
        Notes.Mention(Topic, "$C = \\begin{pmatrix} 5 & 2 \\\\ 2 & 2 \\end{pmatrix}$");
        var (l1, l2) = Eigenvalues(c11, c12, c22);
        Assert.Equal(6, l1, 12);
        Assert.Equal(1, l2, 12);
        Notes.Mention(Topic, "Trace 7 and determinant 6 give eigenvalues 6 and 1");

        var v1 = new[] { 2 / Math.Sqrt(5), 1 / Math.Sqrt(5) };
        Assert.Equal(l1 * v1[0], c11 * v1[0] + c12 * v1[1], 12);
        Assert.Equal(l1 * v1[1], c12 * v1[0] + c22 * v1[1], 12);
        Notes.Shows(Topic, "0.894", v1[0]);
        Notes.Shows(Topic, "0.447", v1[1]);
    }

    [Fact]
    public void SvdRoute_AgreesWithTheCovarianceRoute()
    {
        var (sxx, sxy, syy) = Scatter();
        var (s1Squared, s2Squared) = Eigenvalues(sxx, sxy, syy);
        var n = X.Length;

        Assert.Equal(24, s1Squared, 12);
        Assert.Equal(4, s2Squared, 12);
        Notes.Shows(Topic, "4.899", Math.Sqrt(s1Squared));
        Notes.Mention(Topic, "$\\sigma_2 = 2$");
        Assert.Equal(6, s1Squared / (n - 1), 12);
        Assert.Equal(1, s2Squared / (n - 1), 12);
        Notes.Mention(Topic, "Then $24/4 = 6$ and $4/4 = 1$");
        Notes.Shows(Topic, "0.857", s1Squared / (s1Squared + s2Squared));
        Notes.Shows(Topic, "0.143", s2Squared / (s1Squared + s2Squared));
    }

    [Fact]
    public void ScoresAndRankOneReconstruction_MatchTheNotes()
    {
        var (x, y) = Centred();
        var v1 = new[] { 2 / Math.Sqrt(5), 1 / Math.Sqrt(5) };
        var scores = x.Zip(y, (a, b) => a * v1[0] + b * v1[1]).ToArray();

        Notes.Mention(Topic, "$(-6, -4, 0, 2, 8)/\\sqrt5 \\approx (-2.683, -1.789, 0, 0.894, 3.578)$");
        Notes.Shows(Topic, "-2.683", scores[0]);
        Notes.Shows(Topic, "-1.789", scores[1]);
        Assert.Equal(0, scores[2], 12);
        Notes.Shows(Topic, "0.894", scores[3]);
        Notes.Shows(Topic, "3.578", scores[4]);
        Assert.Equal(24, scores.Sum(s => s * s), 12);

        var reconstructedX = scores.Select(s => s * v1[0]).ToArray();
        var reconstructedY = scores.Select(s => s * v1[1]).ToArray();
        Assert.Equal([-2.4, -1.6, 0, 0.8, 3.2], reconstructedX.Select(v => Math.Round(v, 9)));
        Assert.Equal([-1.2, -0.8, 0, 0.4, 1.6], reconstructedY.Select(v => Math.Round(v, 9)));
        Notes.Mention(Topic, "$(-2.4, -1.2), (-1.6, -0.8), (0, 0), (0.8, 0.4), (3.2, 1.6)$");

        var error = Enumerable.Range(0, x.Length)
            .Sum(i => Math.Pow(x[i] - reconstructedX[i], 2) + Math.Pow(y[i] - reconstructedY[i], 2));
        Assert.Equal(4, error, 12);
        Notes.Mention(Topic, "The summed squared error is $4 = \\sigma_2^2$");
    }
}
