namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.matrix-operations, recomputed from the two 2 by 2 matrices.</summary>
public sealed class MatrixOperationsExampleTests
{
    private const string Topic = "math.matrix-operations";
    private static readonly double[,] A = { { 4, 7 }, { 2, 6 } };
    private static readonly double[,] B = { { 1, 0 }, { 2, 1 } };

    private static double[,] Multiply(double[,] x, double[,] y)
    {
        var result = new double[x.GetLength(0), y.GetLength(1)];
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var j = 0; j < y.GetLength(1); j++)
            {
                for (var k = 0; k < x.GetLength(1); k++)
                {
                    result[i, j] += x[i, k] * y[k, j];
                }
            }
        }

        return result;
    }

    private static double[,] Transpose(double[,] x)
    {
        var result = new double[x.GetLength(1), x.GetLength(0)];
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var j = 0; j < x.GetLength(1); j++)
            {
                result[j, i] = x[i, j];
            }
        }

        return result;
    }

    private static double Determinant(double[,] x) => x[0, 0] * x[1, 1] - x[0, 1] * x[1, 0];

    private static double[,] Inverse(double[,] x)
    {
        var det = Determinant(x);
        return new[,] { { x[1, 1] / det, -x[0, 1] / det }, { -x[1, 0] / det, x[0, 0] / det } };
    }

    [Fact]
    public void ProductsAndTransposes_MatchTheNotes()
    {
        var ab = Multiply(A, B);
        var ba = Multiply(B, A);

        Assert.Equal(new double[,] { { 18, 7 }, { 14, 6 } }, ab);
        Notes.Mention(Topic, "$AB = \\begin{pmatrix} 18 & 7 \\\\ 14 & 6 \\end{pmatrix}$");
        Assert.Equal(new double[,] { { 4, 7 }, { 10, 20 } }, ba);
        Notes.Mention(Topic, "$BA = \\begin{pmatrix} 4 & 7 \\\\ 10 & 20 \\end{pmatrix}$");

        Assert.Equal(Transpose(ab), Multiply(Transpose(B), Transpose(A)));
        Assert.Equal(new double[,] { { 18, 14 }, { 7, 6 } }, Transpose(ab));
        Notes.Mention(Topic, "$(AB)^\\top = \\begin{pmatrix} 18 & 14 \\\\ 7 & 6 \\end{pmatrix}$");
        Assert.Equal(Transpose(ba), Multiply(Transpose(A), Transpose(B)));
        Assert.Equal(new double[,] { { 4, 10 }, { 7, 20 } }, Transpose(ba));
        Notes.Mention(Topic, "$A^\\top B^\\top = \\begin{pmatrix} 4 & 10 \\\\ 7 & 20 \\end{pmatrix}$");
    }

    [Fact]
    public void DeterminantsInverseAndSolve_MatchTheNotes()
    {
        var inverse = Inverse(A);
        double[] b = [18, 14];
        double[] x = [inverse[0, 0] * b[0] + inverse[0, 1] * b[1], inverse[1, 0] * b[0] + inverse[1, 1] * b[1]];

        Assert.Equal(10, Determinant(A));
        Assert.Equal(1, Determinant(B));
        Assert.Equal(10, Determinant(Multiply(A, B)));
        Notes.Mention(Topic, "$\\det A = 24 - 14 = 10$, $\\det B = 1$, and $\\det(AB) = 108 - 98 = 10$");

        Notes.Shows(Topic, "0.6", inverse[0, 0]);
        Notes.Shows(Topic, "-0.7", inverse[0, 1]);
        Notes.Shows(Topic, "-0.2", inverse[1, 0]);
        Notes.Shows(Topic, "0.4", inverse[1, 1]);
        Notes.Mention(Topic, "\\begin{pmatrix} 0.6 & -0.7 \\\\ -0.2 & 0.4 \\end{pmatrix}");
        var identity = Multiply(A, inverse);
        Assert.Equal(1, identity[0, 0], 12);
        Assert.Equal(0, identity[0, 1], 12);
        Assert.Equal(0, identity[1, 0], 12);
        Assert.Equal(1, identity[1, 1], 12);

        Assert.Equal(1, x[0], 12);
        Assert.Equal(2, x[1], 12);
        Notes.Mention(Topic, "$x = A^{-1}(18, 14)^\\top = (10.8 - 9.8,\\ -3.6 + 5.6) = (1, 2)$");
    }

    [Fact]
    public void RankAndCost_MatchTheNotes()
    {
        double[,] c = { { 1, 2 }, { 2, 4 } };

        Assert.Equal(0, Determinant(c));
        Assert.Equal(2 * c[0, 0], c[1, 0]);
        Assert.Equal(2 * c[0, 1], c[1, 1]);
        Notes.Mention(Topic, "$\\det C = 4 - 4 = 0$ and its rank is 1");
        double[] target = [18, 14];
        Assert.NotEqual(2 * target[0], target[1]);
        Notes.Mention(Topic, "$Cx = (18, 14)^\\top$ has no solution");

        static double LuFlops(double n) => 2.0 / 3.0 * n * n * n;
        Notes.Shows(Topic, "6.7", LuFlops(1000) / 1e8, 0.05);
        Notes.Shows(Topic, "5.3", LuFlops(2000) / 1e9, 0.05);
        Assert.Equal(8, LuFlops(2000) / LuFlops(1000), 12);
    }
}
