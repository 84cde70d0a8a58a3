namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>Small dense solvers for recomputing worked examples; independent of the Lab library.</summary>
internal static class Solve
{
    /// <summary>Solves A x = b by Gaussian elimination with partial pivoting.</summary>
    public static double[] Linear(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                x[row] -= factor * x[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            for (var k = row + 1; k < n; k++)
            {
                x[row] -= m[row, k] * x[k];
            }

            x[row] /= m[row, row];
        }

        return x;
    }

    /// <summary>Least-squares polynomial fit of the given degree (weights from the constant up).</summary>
    public static double[] Polynomial(double[] x, double[] y, int degree)
    {
        var size = degree + 1;
        var normal = new double[size, size];
        var rhs = new double[size];
        for (var i = 0; i < x.Length; i++)
        {
            for (var r = 0; r < size; r++)
            {
                rhs[r] += Math.Pow(x[i], r) * y[i];
                for (var c = 0; c < size; c++)
                {
                    normal[r, c] += Math.Pow(x[i], r + c);
                }
            }
        }

        return Linear(normal, rhs);
    }

    public static double Evaluate(double[] weights, double x) => weights.Select((w, power) => w * Math.Pow(x, power)).Sum();
}
