namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.mle-map: Bernoulli MLE and MAP, Gaussian MLE, and a Gaussian prior as an L2 penalty.</summary>
public sealed class MleMapExampleTests
{
    private const string Topic = "math.mle-map";
    private static readonly double[] Gaussian = [3, 5, 6, 10];

    private static double ArgMax(Func<double, double> f) =>
        Enumerable.Range(1, 99_999).Select(i => i / 100_000.0).MaxBy(f);

    [Fact]
    public void BernoulliEstimates_MatchTheNotes()
    {
        const int clicks = 2, impressions = 8;
        double LogLikelihood(double p) => clicks * Math.Log(p) + (impressions - clicks) * Math.Log(1 - p);
        double LogPrior(double p) => Math.Log(6 * p * (1 - p));

        var mle = ArgMax(LogLikelihood);
        var map = ArgMax(p => LogLikelihood(p) + LogPrior(p));

        Notes.Shows(Topic, "0.25", mle, 1e-5);
        Notes.Shows(Topic, "-2.773", clicks * Math.Log(0.25));
        Notes.Shows(Topic, "1.726", -(impressions - clicks) * Math.Log(0.75));
        Notes.Shows(Topic, "-4.499", LogLikelihood(0.25));
        Notes.Shows(Topic, "0.3", map, 1e-5);
        Assert.Equal((clicks + 2 - 1.0) / (impressions + 2 + 2 - 2), map, 4);
        Notes.Mention(Topic, "\\frac{3}{10} = 0.3");
    }

    [Fact]
    public void ZeroClicks_MapStaysAboveZero()
    {
        double LogPosterior(double p) => 5 * Math.Log(1 - p) + Math.Log(6 * p * (1 - p));

        Notes.Shows(Topic, "0.143", ArgMax(LogPosterior));
    }

    [Fact]
    public void GaussianMle_MatchesTheNotes()
    {
        var mean = Gaussian.Average();
        var squares = Gaussian.Sum(x => (x - mean) * (x - mean));

        Notes.Shows(Topic, "6", mean, 1e-12);
        Notes.Shows(Topic, "26", squares, 1e-12);
        Notes.Shows(Topic, "6.5", squares / Gaussian.Length, 1e-12);
        Notes.Shows(Topic, "8.667", squares / (Gaussian.Length - 1));
    }

    [Fact]
    public void GaussianPrior_ActsAsRidge()
    {
        const double noiseVariance = 4, priorVariance = 4;
        var lambda = noiseVariance / priorVariance;
        double NegativeLogPosterior(double mu) =>
            Gaussian.Sum(x => (x - mu) * (x - mu)) / (2 * noiseVariance) + mu * mu / (2 * priorVariance);

        var ridge = Gaussian.Sum() / (Gaussian.Length + lambda);
        var numeric = Enumerable.Range(0, 100_001).Select(i => i / 10_000.0).MinBy(NegativeLogPosterior);

        Assert.Equal(1, lambda, 12);
        Notes.Shows(Topic, "4.8", ridge, 1e-12);
        Assert.Equal(ridge, numeric, 4);
    }
}
