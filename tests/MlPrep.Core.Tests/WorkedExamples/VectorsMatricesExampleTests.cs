namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.vectors-matrices: norms, dot product and cosine of two 3-vectors, and the size of an image batch.</summary>
public sealed class VectorsMatricesExampleTests
{
    private const string Topic = "math.vectors-matrices";
    private static readonly double[] A = [1, 2, 2];
    private static readonly double[] B = [2, 3, 6];

    private static double L1(double[] v) => v.Sum(Math.Abs);

    private static double L2(double[] v) => Math.Sqrt(v.Sum(x => x * x));

    private static double LInfinity(double[] v) => v.Max(Math.Abs);

    private static double Dot(double[] u, double[] v) => u.Zip(v, (x, y) => x * y).Sum();

    [Fact]
    public void Norms_MatchTheTable()
    {
        var difference = A.Zip(B, (x, y) => x - y).ToArray();

        Assert.Equal([5, 3, 2], new[] { L1(A), L2(A), LInfinity(A) });
        Notes.Mention(Topic, "| $a$ | 5 | 3 | 2 |");
        Assert.Equal([11, 7, 6], new[] { L1(B), L2(B), LInfinity(B) });
        Notes.Mention(Topic, "| $b$ | 11 | 7 | 6 |");
        Assert.Equal([-1, -1, -4], difference);
        Assert.Equal(6, L1(difference));
        Assert.Equal(4, LInfinity(difference));
        Notes.Mention(Topic, "| $a - b = (-1, -1, -4)$ | 6 | $\\sqrt{18} \\approx 4.243$ | 4 |");
        Notes.Shows(Topic, "4.243", L2(difference));
    }

    [Fact]
    public void DotProductAndCosine_MatchTheNotes()
    {
        var dot = Dot(A, B);
        var cosine = dot / (L2(A) * L2(B));
        var scaled = B.Select(x => 10 * x).ToArray();

        Assert.Equal(20, dot);
        Notes.Mention(Topic, "$a^\\top b = 2 + 6 + 12 = 20$");
        Notes.Shows(Topic, "0.952", cosine);
        Notes.Shows(Topic, "17.8", Math.Acos(cosine) * 180 / Math.PI, 0.05);
        Assert.Equal(10 * dot, Dot(A, scaled), 9);
        Assert.Equal(cosine, Dot(A, scaled) / (L2(A) * L2(scaled)), 12);

        var unitA = A.Select(x => x / L2(A)).ToArray();
        var unitB = B.Select(x => x / L2(B)).ToArray();
        var squaredDistance = unitA.Zip(unitB, (x, y) => (x - y) * (x - y)).Sum();
        Assert.Equal(2 - 2 * cosine, squaredDistance, 12);
        Notes.Shows(Topic, "0.095", squaredDistance);
    }

    [Fact]
    public void ImageBatchSize_MatchesTheNotes()
    {
        long[] shape = [32, 3, 224, 224];
        var count = shape.Aggregate(1L, (product, axis) => product * axis);
        var bytes = count * sizeof(float);

        Assert.Equal(4_816_896, count);
        Notes.Mention(Topic, "4{,}816{,}896");
        Notes.Shows(Topic, "19,267,584", bytes, 0);
        Notes.Shows(Topic, "19.3", bytes / 1e6, 0.05);
        Notes.Shows(Topic, "18.4", bytes / Math.Pow(2, 20), 0.05);
        Notes.Mention(Topic, "$(32, 3, 224, 224)$");
        Notes.Mention(Topic, "$(32, 224, 224, 3)$");
    }
}
