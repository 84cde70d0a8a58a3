namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.pca: five centred 2-D points, their covariance matrix, its
/// eigenvalues and eigenvectors, the scores and the reconstruction, recomputed from the points.</summary>
public sealed class PcaExampleTests
{
    private const string Topic = "ml.pca";
    private static readonly double[] X = [-3, -1, 0, 1, 3];
    private static readonly double[] Y = [-2, 0, 0, 2, 0];

    private static double Covariance(double[] a, double[] b)
    {
        var meanA = a.Average();
        var meanB = b.Average();
        return a.Zip(b, (p, q) => (p - meanA) * (q - meanB)).Sum() / (a.Length - 1);
    }

    [Fact]
    public void CovarianceAndEigenvalues_MatchTheNotes()
    {
        Assert.Equal(0, X.Average(), 12);
        Assert.Equal(0, Y.Average(), 12);
        var (sxx, sxy, syy) = (Covariance(X, X), Covariance(X, Y), Covariance(Y, Y));
        Assert.Equal((5.0, 2.0, 2.0), (sxx, sxy, syy));
        Notes.Mention(Topic, $@"S = \begin{{pmatrix}} {sxx} & {sxy} \\ {sxy} & {syy} \end{{pmatrix}}");

        var trace = sxx + syy;
        var det = sxx * syy - sxy * sxy;
        Notes.Mention(Topic, $@"\lambda^2 - {trace}\lambda + {det}");
        var gap = Math.Sqrt(trace * trace / 4 - det);
        var (l1, l2) = (trace / 2 + gap, trace / 2 - gap);
        Assert.Equal((6.0, 1.0), (l1, l2));
        Notes.Shows(Topic, "0.857", l1 / trace);
        Notes.Shows(Topic, "0.143", l2 / trace);

        // The eigenvector for l1 solves (sxx - l1) a + sxy b = 0.
        var norm = Math.Sqrt(sxy * sxy + (l1 - sxx) * (l1 - sxx));
        var (a, b) = (sxy / norm, (l1 - sxx) / norm);
        Notes.Shows(Topic, "0.894", a);
        Notes.Shows(Topic, "0.447", b);
        Assert.Equal(l1 * a, sxx * a + sxy * b, 12);
        Assert.Equal(l1 * b, sxy * a + syy * b, 12);
    }

    [Fact]
    public void ScoresAndReconstruction_MatchTheNotes()
    {
        double[] v1 = [2 / Math.Sqrt(5), 1 / Math.Sqrt(5)];
        double[] v2 = [1 / Math.Sqrt(5), -2 / Math.Sqrt(5)];
        var scores = X.Zip(Y, (x, y) => x * v1[0] + y * v1[1]).ToArray();

        Notes.Shows(Topic, "-3.578", scores[0]);
        Notes.Shows(Topic, "-0.894", scores[1]);
        Notes.Shows(Topic, "1.789", scores[3]);
        Notes.Shows(Topic, "2.683", scores[4]);
        Assert.Equal(24, scores.Sum(s => s * s), 9);
        Assert.Equal(6, scores.Sum(s => s * s) / (X.Length - 1), 9);

        Notes.Shows(Topic, "1.6", scores[3] * v1[0], 1e-12);
        Notes.Shows(Topic, "0.8", scores[3] * v1[1], 1e-12);

        var error = X.Zip(Y, (x, y) => Math.Pow(x * v2[0] + y * v2[1], 2)).Sum();
        Assert.Equal(4, error, 9);
        Assert.Equal(28, X.Sum(x => x * x) + Y.Sum(y => y * y), 12);
        Notes.Mention(Topic, "The total squared reconstruction error is $4 = (n-1)\\lambda_2$");
    }

    [Fact]
    public void StandardisedPca_MatchesTheNotes()
    {
        var r = Covariance(X, Y) / Math.Sqrt(Covariance(X, X) * Covariance(Y, Y));

        Notes.Shows(Topic, "0.632", r);
        Notes.Shows(Topic, "0.816", (1 + r) / 2);
    }
}
