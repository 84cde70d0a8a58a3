namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.information-theory-in-ml, recomputed piece by piece.</summary>
public sealed class InformationTheoryInMlExampleTests
{
    private const string Topic = "math.information-theory-in-ml";
    private static readonly double[] TokenProbabilities = [0.5, 0.25, 0.125, 0.5];
    private static readonly double[] Moderate = [0.7, 0.1, 0.1, 0.1];
    private static readonly double[] Overconfident = [0.997, 0.001, 0.001, 0.001];
    private static readonly double[] OneHot = [1, 0, 0, 0];

    private static double Bits(IEnumerable<double> p) => -p.Where(x => x > 0).Sum(x => x * Math.Log2(x));

    private static double CrossEntropy(double[] target, double[] q) =>
        -target.Zip(q, (t, p) => t > 0 ? t * Math.Log(p) : 0).Sum();

    private static double GaussianKl(double mu, double sigma) =>
        0.5 * (mu * mu + sigma * sigma - 1 - Math.Log(sigma * sigma));

    private static double[] Smoothed(double epsilon, int k) =>
        [.. Enumerable.Range(0, k).Select(i => (i == 0 ? 1 - epsilon : 0) + epsilon / k)];

    [Fact]
    public void InformationGainAndLoss_MatchTheNotes()
    {
        var child = Bits([0.75, 0.25]);
        var gain = Bits([0.5, 0.5]) - (4.0 / 8 * child + 4.0 / 8 * child);

        Notes.Shows(Topic, "0.811", child);
        Notes.Shows(Topic, "0.189", gain);
        Notes.Shows(Topic, "0.357", -Math.Log(0.7));
        Notes.Shows(Topic, "0.515", -Math.Log2(0.7));
    }

    [Fact]
    public void VaeKl_MatchesTheNotes()
    {
        Notes.Shows(Topic, "1.386", -Math.Log(0.25));
        Notes.Shows(Topic, "0.818", GaussianKl(1, 0.5));
        Assert.Equal(0, GaussianKl(0, 1), 12);
    }

    [Fact]
    public void Perplexity_MatchesTheNotes()
    {
        var bits = TokenProbabilities.Average(p => -Math.Log2(p));
        var nats = TokenProbabilities.Average(p => -Math.Log(p));

        Notes.Shows(Topic, "1.75", bits, 1e-12);
        Notes.Shows(Topic, "3.364", Math.Pow(2, bits));
        Notes.Shows(Topic, "1.213", nats);
        Assert.Equal(Math.Pow(2, bits), Math.Exp(nats), 12);
    }

    [Fact]
    public void LabelSmoothing_MatchesTheNotes()
    {
        var target = Smoothed(0.1, 4);
        var uniform = Enumerable.Repeat(0.25, 4).ToArray();

        Notes.Shows(Topic, "0.925", target[0], 1e-12);
        Notes.Shows(Topic, "0.025", target[1], 1e-12);
        Notes.Shows(Topic, "0.503", CrossEntropy(target, Moderate));
        Notes.Shows(Topic, "1.816", CrossEntropy(uniform, Moderate));
        Assert.Equal(CrossEntropy(target, Moderate), 0.9 * CrossEntropy(OneHot, Moderate) + 0.1 * CrossEntropy(uniform, Moderate), 12);
        Notes.Shows(Topic, "0.078", CrossEntropy(OneHot, target));
        Notes.Shows(Topic, "0.349", CrossEntropy(target, target));
        Notes.Shows(Topic, "0.003", CrossEntropy(OneHot, Overconfident));
        Notes.Shows(Topic, "0.521", CrossEntropy(target, Overconfident));
        Assert.True(CrossEntropy(target, Overconfident) > CrossEntropy(target, Moderate), "smoothing ranks the overconfident prediction last");
    }
}
