namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.linear-algebra-in-ml: normal equations, dot product versus cosine, attention FLOPs and LoRA parameter counts.</summary>
public sealed class LinearAlgebraInMlExampleTests
{
    private const string Topic = "math.linear-algebra-in-ml";
    private static readonly double[] X = [0, 1, 2];
    private static readonly double[] Y = [1, 2, 4];

    [Fact]
    public void NormalEquations_MatchTheNotes()
    {
        var (a, b, c) = (X.Length, X.Sum(), X.Sum(v => v * v));
        var (r0, r1) = (Y.Sum(), X.Zip(Y, (x, y) => x * y).Sum());
        var det = a * c - b * b;
        var w0 = (c * r0 - b * r1) / det;
        var w1 = (a * r1 - b * r0) / det;

        Assert.Equal((3, 3, 5), (a, b, c));
        Assert.Equal((7, 10), (r0, r1));
        Notes.Mention(Topic, "X^\\top X = \\begin{pmatrix} 3 & 3 \\\\ 3 & 5 \\end{pmatrix}, \\qquad X^\\top y = \\begin{pmatrix} 7 \\\\ 10 \\end{pmatrix}");
        Assert.Equal(6, det);
        Notes.Mention(Topic, "The determinant is 6");
        Assert.Equal(5.0 / 6, w0, 12);
        Assert.Equal(1.5, w1, 12);
        Notes.Mention(Topic, "= (5/6, 3/2) \\approx (0.833, 1.5)$");

        var residuals = X.Zip(Y, (x, y) => y - (w0 + w1 * x)).ToArray();
        Notes.Shows(Topic, "0.167", residuals[0]);
        Notes.Shows(Topic, "-0.333", residuals[1]);
        Notes.Shows(Topic, "0.167", residuals[2]);
        Assert.Equal(0, residuals.Sum(), 12);
        Assert.Equal(0, X.Zip(residuals, (x, r) => x * r).Sum(), 12);
    }

    [Fact]
    public void DotProductAndCosineDisagree_AsInTheNotes()
    {
        double[] query = [1, 0, 1];
        double[] first = [3, 3, 0];
        double[] second = [1, 1, 1];
        static double Dot(double[] u, double[] v) => u.Zip(v, (x, y) => x * y).Sum();
        static double Cosine(double[] u, double[] v) => Dot(u, v) / Math.Sqrt(Dot(u, u) * Dot(v, v));

        Assert.Equal(3, Dot(query, first));
        Assert.Equal(2, Dot(query, second));
        Notes.Mention(Topic, "The dot products are 3 and 2, so the dot product ranks $d_1$ first");
        Notes.Shows(Topic, "0.5", Cosine(query, first), 1e-12);
        Notes.Shows(Topic, "0.816", Cosine(query, second));
        Assert.True(Cosine(query, second) > Cosine(query, first));
    }

    [Fact]
    public void AttentionCost_MatchesTheNotes()
    {
        const double n = 1024, dk = 64, d = 768;
        var scores = n * n;
        var scoreFlops = 2 * n * n * dk;
        var attentionProducts = 4 * n * n * d;
        var projections = 8 * n * d * d;

        Notes.Shows(Topic, "1,048,576", scores, 0);
        Assert.Equal(4, scores * sizeof(float) / Math.Pow(2, 20));
        Notes.Mention(Topic, "(4 MiB in float32)");
        Assert.Equal(134_217_728, scoreFlops);
        Notes.Mention(Topic, "$2 \\cdot 1024^2 \\cdot 64 = 134{,}217{,}728$");
        Assert.Equal(12 * 2 * (2 * n * n * dk), attentionProducts);
        Notes.Shows(Topic, "3.2", attentionProducts / 1e9, 0.05);
        Notes.Mention(Topic, "$4n^2d \\approx 3.2 \\times 10^9$");
        Notes.Shows(Topic, "4.8", projections / 1e9, 0.05);
        Notes.Mention(Topic, "$8nd^2 \\approx 4.8 \\times 10^9$");
        Notes.Shows(Topic, "1536", 8 * d * d / (4 * d), 0);
        Notes.Mention(Topic, "$n > 2d = 1536$");
    }

    [Fact]
    public void LoraParameterCounts_MatchTheNotes()
    {
        const long d = 4096, k = 4096;
        static long Trainable(long rank) => rank * (d + k);

        Notes.Shows(Topic, "16,777,216", d * k, 0);
        Assert.Equal(65_536, Trainable(8));
        Notes.Mention(Topic, "$8 \\cdot (4096 + 4096) = 65{,}536$");
        Notes.Shows(Topic, "0.39", 100.0 * Trainable(8) / (d * k), 0.005);
        Notes.Shows(Topic, "131,072", Trainable(16), 0);
        Notes.Shows(Topic, "0.78", 100.0 * Trainable(16) / (d * k), 0.005);
    }
}
