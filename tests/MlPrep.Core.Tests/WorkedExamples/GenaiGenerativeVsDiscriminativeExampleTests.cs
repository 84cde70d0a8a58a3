namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.generative-vs-discriminative: a shared-variance Gaussian classifier and its logistic posterior.</summary>
public sealed class GenaiGenerativeVsDiscriminativeExampleTests
{
    private const string Topic = "genai.generative-vs-discriminative";
    private const double Mean0 = 0;
    private const double Mean1 = 2;
    private const double Variance = 1;
    private const double X = 1.5;

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Bias(double prior1) =>
        -(Mean1 * Mean1 - Mean0 * Mean0) / (2 * Variance) + Math.Log(prior1 / (1 - prior1));

    [Fact]
    public void PosteriorWithEqualPriors_MatchesTheNotes()
    {
        var w = (Mean1 - Mean0) / Variance;
        var factor1 = Math.Exp(-(X - Mean1) * (X - Mean1) / (2 * Variance));
        var factor0 = Math.Exp(-(X - Mean0) * (X - Mean0) / (2 * Variance));

        Assert.Equal(2, w, 12);
        Assert.Equal(-2, Bias(0.5), 12);
        Notes.Shows(Topic, "0.7311", Sigmoid(w * X + Bias(0.5)));
        Notes.Shows(Topic, "0.8825", factor1);
        Notes.Shows(Topic, "0.3247", factor0);
        Assert.Equal(Sigmoid(w * X + Bias(0.5)), factor1 / (factor1 + factor0), 12);
    }

    [Fact]
    public void PriorShift_MatchesTheNotes()
    {
        var w = (Mean1 - Mean0) / Variance;

        Notes.Shows(Topic, "-3.3863", Bias(0.2));
        Notes.Shows(Topic, "-0.3863", w * X + Bias(0.2));
        Notes.Shows(Topic, "0.4046", Sigmoid(w * X + Bias(0.2)));
    }

    [Fact]
    public void ParameterCounts_MatchTheNotes()
    {
        const int d = 10;

        Assert.Equal(76, 2 * d + d * (d + 1) / 2 + 1);
        Notes.Mention(Topic, "= 76$ numbers");
        Assert.Equal(11, d + 1);
    }
}
