namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.eigen: the eigenpairs of a symmetric 2 by 2 matrix and three steps of power iteration.</summary>
public sealed class EigenExampleTests
{
    private const string Topic = "math.eigen";
    private static readonly double[,] S = { { 2, 1 }, { 1, 2 } };

    private static double[] Apply(double[] x) => [S[0, 0] * x[0] + S[0, 1] * x[1], S[1, 0] * x[0] + S[1, 1] * x[1]];

    private static double Rayleigh(double[] x)
    {
        var sx = Apply(x);
        return (x[0] * sx[0] + x[1] * sx[1]) / (x[0] * x[0] + x[1] * x[1]);
    }

    [Fact]
    public void EigenpairsFromTraceAndDeterminant_MatchTheNotes()
    {
        var trace = S[0, 0] + S[1, 1];
        var det = S[0, 0] * S[1, 1] - S[0, 1] * S[1, 0];
        var root = Math.Sqrt(trace * trace - 4 * det);
        var largest = (trace + root) / 2;
        var smallest = (trace - root) / 2;

        Assert.Equal(4, trace);
        Assert.Equal(3, det);
        Notes.Mention(Topic, "$\\lambda^2 - 4\\lambda + 3 = (\\lambda - 3)(\\lambda - 1) = 0$");
        Assert.Equal(3, largest, 12);
        Assert.Equal(1, smallest, 12);
        Notes.Mention(Topic, "$3 + 1 = 4$ and $3 \\cdot 1 = 3$");

        var v1 = new[] { 1 / Math.Sqrt(2), 1 / Math.Sqrt(2) };
        var v2 = new[] { 1 / Math.Sqrt(2), -1 / Math.Sqrt(2) };
        Assert.Equal(v1.Select(x => largest * x), Apply(v1), new ToleranceComparer(1e-12));
        Assert.Equal(v2.Select(x => smallest * x), Apply(v2), new ToleranceComparer(1e-12));
        Assert.Equal(0, v1[0] * v2[0] + v1[1] * v2[1], 12);
        Notes.Shows(Topic, "0.707", v1[0]);
    }

    [Fact]
    public void PowerIteration_MatchesTheTable()
    {
        double[] x = [1, 0];
        var iterates = new List<double[]>();
        for (var k = 0; k < 3; k++)
        {
            x = Apply(x);
            iterates.Add(x);
        }

        Assert.Equal([2, 1], iterates[0]);
        Assert.Equal([5, 4], iterates[1]);
        Assert.Equal([14, 13], iterates[2]);
        Notes.Mention(Topic, "| 1 | $(2, 1)$ | $14/5 = 2.8$ | 0.2 | 1/3 |");
        Notes.Mention(Topic, "| 2 | $(5, 4)$ | $122/41 \\approx 2.976$ | 0.024 | 1/9 |");
        Notes.Mention(Topic, "| 3 | $(14, 13)$ | $1094/365 \\approx 2.997$ | 0.0027 | 1/27 |");

        Notes.Shows(Topic, "2.8", Rayleigh(iterates[0]), 1e-12);
        Notes.Shows(Topic, "0.2", 3 - Rayleigh(iterates[0]), 1e-12);
        Notes.Shows(Topic, "2.976", Rayleigh(iterates[1]));
        Notes.Shows(Topic, "0.024", 3 - Rayleigh(iterates[1]));
        Notes.Shows(Topic, "2.997", Rayleigh(iterates[2]));
        Notes.Shows(Topic, "0.0027", 3 - Rayleigh(iterates[2]), 5e-5);

        for (var k = 0; k < 3; k++)
        {
            var (a, b) = (iterates[k][0], iterates[k][1]);
            Assert.Equal(1 / Math.Pow(3, k + 1), (a - b) / (a + b), 12);
        }
    }

    [Fact]
    public void StepsToConverge_MatchTheNotes()
    {
        static double Steps(double ratio) => Math.Ceiling(Math.Log(1e-6) / Math.Log(ratio));

        Notes.Shows(Topic, "408", Steps(2.9 / 3), 0);
        Notes.Shows(Topic, "13", Steps(1.0 / 3), 0);
        Notes.Mention(Topic, "about 408 steps instead of 13");
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
