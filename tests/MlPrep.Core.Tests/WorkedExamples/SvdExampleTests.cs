namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.svd: the singular values of a 2 x 2 matrix and its best rank-1
/// approximation, recomputed from the matrix and checked against Eckart-Young by a direct search.</summary>
public sealed class SvdExampleTests
{
    private const string Topic = "ml.svd";
    private static readonly double[,] A = { { 3, 0 }, { 4, 5 } };

    private static double[] Times(double[] v) => [A[0, 0] * v[0] + A[0, 1] * v[1], A[1, 0] * v[0] + A[1, 1] * v[1]];

    private static double Frobenius(double[,] m) => Math.Sqrt(m.Cast<double>().Sum(x => x * x));

    [Fact]
    public void SingularValues_MatchTheNotes()
    {
        // A^T A = [[p, q], [q, s]].
        var p = A[0, 0] * A[0, 0] + A[1, 0] * A[1, 0];
        var q = A[0, 0] * A[0, 1] + A[1, 0] * A[1, 1];
        var s = A[0, 1] * A[0, 1] + A[1, 1] * A[1, 1];
        Assert.Equal((25.0, 20.0, 25.0), (p, q, s));
        var gap = Math.Sqrt((p - s) * (p - s) / 4 + q * q);
        var (e1, e2) = ((p + s) / 2 + gap, (p + s) / 2 - gap);
        Assert.Equal((45.0, 5.0), (e1, e2));

        var (s1, s2) = (Math.Sqrt(e1), Math.Sqrt(e2));
        Notes.Shows(Topic, "6.708", s1);
        Notes.Shows(Topic, "2.236", s2);
        Assert.Equal(50, Frobenius(A) * Frobenius(A), 9);
        Assert.Equal(15, s1 * s2, 9);
        Assert.Equal(Math.Abs(A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]), s1 * s2, 9);
        Assert.Equal(3, s1 / s2, 12);
        Notes.Shows(Topic, "0.9", e1 / (e1 + e2), 1e-12);

        // u_i = A v_i / sigma_i gives (1, 3)/sqrt(10) and (3, -1)/sqrt(10).
        var u1 = Times([1 / Math.Sqrt(2), 1 / Math.Sqrt(2)]).Select(x => x / s1 * Math.Sqrt(10)).ToArray();
        var u2 = Times([1 / Math.Sqrt(2), -1 / Math.Sqrt(2)]).Select(x => x / s2 * Math.Sqrt(10)).ToArray();
        Assert.Equal(1, u1[0], 12);
        Assert.Equal(3, u1[1], 12);
        Assert.Equal(3, u2[0], 12);
        Assert.Equal(-1, u2[1], 12);
    }

    [Fact]
    public void BestRankOneApproximation_MatchesTheNotes()
    {
        var s1 = Math.Sqrt(45);
        double[] u1 = [1 / Math.Sqrt(10), 3 / Math.Sqrt(10)];
        double[] v1 = [1 / Math.Sqrt(2), 1 / Math.Sqrt(2)];
        var a1 = new double[2, 2];
        var residual = new double[2, 2];
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                a1[i, j] = s1 * u1[i] * v1[j];
                residual[i, j] = A[i, j] - a1[i, j];
            }
        }

        Notes.Shows(Topic, "1.5", a1[0, 0], 1e-12);
        Notes.Shows(Topic, "4.5", a1[1, 1], 1e-12);
        Notes.Shows(Topic, "-0.5", residual[1, 0], 1e-12);
        Notes.Shows(Topic, "2.236", Frobenius(residual));
        Assert.Equal(Math.Sqrt(5), Frobenius(residual), 12);

        // Eckart-Young by search: for a unit direction v the best rank-1 fit is (A v) v^T, with squared
        // error ||A||_F^2 - ||A v||^2; no direction beats sigma_2, and the best is v = (1, 1)/sqrt(2).
        var best = Enumerable.Range(0, 3600)
            .Select(k => k * Math.PI / 3600)
            .Select(t => (Angle: t, Error: Math.Sqrt(50 - Times([Math.Cos(t), Math.Sin(t)]).Sum(x => x * x))))
            .MinBy(c => c.Error);
        Assert.Equal(Math.Sqrt(5), best.Error, 9);
        Assert.Equal(Math.PI / 4, best.Angle, 9);

        // Keeping only the second row leaves error 3.
        Notes.Mention(Topic, "leaves error 3, worse than 2.236");
        Assert.Equal(3, Math.Sqrt(A[0, 0] * A[0, 0] + A[0, 1] * A[0, 1]), 12);
    }
}
