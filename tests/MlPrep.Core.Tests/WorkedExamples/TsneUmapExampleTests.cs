namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.tsne-umap: perplexity of one point's neighbour distribution, the
/// Student-t versus Gaussian map kernels, and UMAP's bandwidth calibration, recomputed from the distances.</summary>
public sealed class TsneUmapExampleTests
{
    private const string Topic = "ml.tsne-umap";
    private static readonly double[] Distances = [1, 2, 3];

    private static double[] Conditional(double sigma)
    {
        var weights = Distances.Select(d => Math.Exp(-d * d / (2 * sigma * sigma))).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => w / total)];
    }

    private static double EntropyBits(double[] p) => -p.Sum(x => x * Math.Log2(x));

    [Fact]
    public void PerplexityAtSigmaOne_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.607", Math.Exp(-0.5));
        Notes.Shows(Topic, "0.135", Math.Exp(-2));
        Notes.Shows(Topic, "0.011", Math.Exp(-4.5));

        var p = Conditional(1);
        Notes.Shows(Topic, "0.806", p[0]);
        Notes.Shows(Topic, "0.180", p[1]);
        Notes.Shows(Topic, "0.015", p[2]);
        Notes.Shows(Topic, "0.786", EntropyBits(p));
        Notes.Shows(Topic, "1.72", Math.Pow(2, EntropyBits(p)), 5e-3);
    }

    [Fact]
    public void PerplexityAtSigmaTwo_MatchesTheNotes()
    {
        var p = Conditional(2);
        Notes.Shows(Topic, "0.487", p[0]);
        Notes.Shows(Topic, "0.334", p[1]);
        Notes.Shows(Topic, "0.179", p[2]);
        Notes.Shows(Topic, "1.478", EntropyBits(p));
        var perplexity = Math.Pow(2, EntropyBits(p));
        Notes.Shows(Topic, "2.79", perplexity, 5e-3);
        Assert.True(perplexity > Math.Pow(2, EntropyBits(Conditional(1))) && perplexity < Distances.Length);
    }

    [Fact]
    public void HeavyTail_MatchesTheNotes()
    {
        static double StudentT(double d) => 1 / (1 + d * d);
        static double Gaussian(double d) => Math.Exp(-d * d);

        Notes.Shows(Topic, "0.5", StudentT(1), 1e-12);
        Notes.Shows(Topic, "0.1", StudentT(3), 1e-12);
        Assert.Equal(5, StudentT(1) / StudentT(3), 12);
        Notes.Shows(Topic, "0.368", Gaussian(1));
        Notes.Shows(Topic, "0.000123", Gaussian(3), 5e-7);
        Notes.Shows(Topic, "2981", Gaussian(1) / Gaussian(3), 0.5);

        // The map distance at which each kernel gives similarity 0.1.
        Assert.Equal(3, Math.Sqrt(1 / 0.1 - 1), 12);
        Notes.Shows(Topic, "1.517", Math.Sqrt(-Math.Log(0.1)));
    }

    [Fact]
    public void UmapCalibration_MatchesTheNotes()
    {
        var rho = Distances.Min();
        var target = Math.Log2(Distances.Length);
        double Total(double sigma) => Distances.Sum(d => Math.Exp(-(d - rho) / sigma));

        // Total grows with sigma, so bisect.
        var (lo, hi) = (1e-6, 100.0);
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = Total(mid) < target ? (mid, hi) : (lo, mid);
        }

        var sigma = (lo + hi) / 2;
        Notes.Shows(Topic, "1.585", target);
        Notes.Shows(Topic, "1.133", sigma);
        Notes.Shows(Topic, "0.414", Math.Exp(-1 / sigma));
        Notes.Shows(Topic, "0.171", Math.Exp(-2 / sigma));
        Assert.Equal(1, Math.Exp(-(Distances[0] - rho) / sigma), 12);
    }
}
