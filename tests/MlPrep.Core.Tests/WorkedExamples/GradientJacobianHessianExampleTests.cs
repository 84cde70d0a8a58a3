namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.gradient-jacobian-hessian: f(x, y) = x^2 y + 3y^2 and g(x, y) = (xy, x + y^2).</summary>
public sealed class GradientJacobianHessianExampleTests
{
    private const string Topic = "math.gradient-jacobian-hessian";

    private static double F(double x, double y) => x * x * y + 3 * y * y;

    private static double[] Gradient(double x, double y) => [2 * x * y, x * x + 6 * y];

    private static double[,] Hessian(double x, double y) => new[,] { { 2 * y, 2 * x }, { 2 * x, 6 } };

    private static (double Large, double Small) Eigenvalues(double[,] h)
    {
        var trace = h[0, 0] + h[1, 1];
        var det = Determinant(h);
        var root = Math.Sqrt(trace * trace - 4 * det);
        return ((trace + root) / 2, (trace - root) / 2);
    }

    private static double Determinant(double[,] m) => m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0];

    [Fact]
    public void GradientAndHessian_MatchTheNotes()
    {
        const double h = 1e-5;
        var gradient = Gradient(1, 2);
        var hessian = Hessian(1, 2);
        var (large, small) = Eigenvalues(hessian);

        Assert.Equal(14, F(1, 2), 12);
        Notes.Mention(Topic, "where $f = 14$");
        Assert.Equal([4, 13], gradient);
        Assert.Equal(4, (F(1 + h, 2) - F(1 - h, 2)) / (2 * h), 6);
        Assert.Equal(13, (F(1, 2 + h) - F(1, 2 - h)) / (2 * h), 6);
        Notes.Mention(Topic, "\\begin{pmatrix} 4 \\\\ 13 \\end{pmatrix}");
        Notes.Shows(Topic, "13.60", Math.Sqrt(gradient.Sum(g => g * g)), 5e-3);
        Assert.Equal(new[,] { { 4.0, 2 }, { 2, 6 } }, hessian);
        Notes.Mention(Topic, "\\begin{pmatrix} 4 & 2 \\\\ 2 & 6 \\end{pmatrix}");
        Assert.Equal(20, Determinant(hessian), 12);
        Notes.Mention(Topic, "determinant $24 - 4 = 20$");
        Notes.Shows(Topic, "7.236", large);
        Notes.Shows(Topic, "2.764", small);
        Assert.True(small > 0, "the Hessian at (1, 2) is positive definite");
    }

    [Fact]
    public void TaylorExpansion_MatchesTheNotes()
    {
        double[] delta = [0.1, -0.1];
        var gradient = Gradient(1, 2);
        var hessian = Hessian(1, 2);
        var linear = F(1, 2) + gradient[0] * delta[0] + gradient[1] * delta[1];
        var quadraticTerm = 0.5 * (hessian[0, 0] * delta[0] * delta[0] + 2 * hessian[0, 1] * delta[0] * delta[1] + hessian[1, 1] * delta[1] * delta[1]);

        Notes.Shows(Topic, "13.1", linear, 1e-12);
        Notes.Shows(Topic, "0.03", quadraticTerm, 1e-12);
        Notes.Shows(Topic, "13.13", linear + quadraticTerm, 1e-12);
        Notes.Shows(Topic, "13.129", F(1.1, 1.9), 1e-12);
    }

    [Fact]
    public void OtherPoints_MatchTheNotes()
    {
        var atTwoOne = Hessian(2, 1);
        var (large, small) = Eigenvalues(atTwoOne);
        var atOrigin = Hessian(0, 0);

        Assert.Equal(-4, Determinant(atTwoOne), 12);
        Notes.Mention(Topic, "has determinant $-4$");
        Notes.Shows(Topic, "8.472", large);
        Notes.Shows(Topic, "-0.472", small);
        Assert.Equal(0, Determinant(atOrigin));
        Assert.Equal([0, 0], Gradient(0, 0));
        foreach (var x in new[] { 0.1, 0.5, 1, 2 })
        {
            var y = -x * x / 6;
            Assert.Equal(-Math.Pow(x, 4) / 12, F(x, y), 12);
            Assert.True(F(x, y) < F(0, 0), "the origin is not a minimum");
        }

        Notes.Mention(Topic, "$-x^4/12 < 0$");
    }

    [Fact]
    public void Jacobian_MatchesTheNotes()
    {
        static double[] G(double x, double y) => [x * y, x + y * y];
        var jacobian = new[,] { { 2.0, 1 }, { 1, 4 } };
        const double h = 1e-6;
        for (var j = 0; j < 2; j++)
        {
            var plus = j == 0 ? G(1 + h, 2) : G(1, 2 + h);
            var minus = j == 0 ? G(1 - h, 2) : G(1, 2 - h);
            for (var i = 0; i < 2; i++)
            {
                Assert.Equal(jacobian[i, j], (plus[i] - minus[i]) / (2 * h), 6);
            }
        }

        Assert.Equal(7, Determinant(jacobian), 12);
        Notes.Mention(Topic, "\\det J = 7");
        var approx = new[] { 2 + jacobian[0, 0] * 0.1 - jacobian[0, 1] * 0.1, 5 + jacobian[1, 0] * 0.1 - jacobian[1, 1] * 0.1 };
        Notes.Shows(Topic, "2.1", approx[0], 1e-12);
        Notes.Shows(Topic, "4.7", approx[1], 1e-12);
        Notes.Shows(Topic, "2.09", G(1.1, 1.9)[0], 1e-12);
        Notes.Shows(Topic, "4.71", G(1.1, 1.9)[1], 1e-12);
    }
}
