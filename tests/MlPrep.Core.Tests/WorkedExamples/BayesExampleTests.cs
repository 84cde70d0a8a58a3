namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.bayes: a test with 90% sensitivity and 95% specificity at 1% prevalence.</summary>
public sealed class BayesExampleTests
{
    private const string Topic = "math.bayes";
    private const double Prevalence = 0.01;
    private const double Sensitivity = 0.90;
    private const double Specificity = 0.95;

    private static double PositivePredictiveValue(double prevalence) =>
        prevalence * Sensitivity / (prevalence * Sensitivity + (1 - prevalence) * (1 - Specificity));

    [Fact]
    public void NaturalFrequencies_MatchTheNotes()
    {
        const int people = 10_000;
        var truePositives = people * Prevalence * Sensitivity;
        var falsePositives = people * (1 - Prevalence) * (1 - Specificity);

        Notes.Shows(Topic, "90", truePositives, 1e-9);
        Notes.Shows(Topic, "495", falsePositives, 1e-9);
        Notes.Shows(Topic, "585", truePositives + falsePositives, 1e-9);
        Notes.Shows(Topic, "0.0585", Prevalence * Sensitivity + (1 - Prevalence) * (1 - Specificity));
        Notes.Shows(Topic, "0.154", PositivePredictiveValue(Prevalence));
    }

    [Fact]
    public void OddsForm_AgreesAndChainsTwoTests()
    {
        var likelihoodRatio = Sensitivity / (1 - Specificity);
        var priorOdds = Prevalence / (1 - Prevalence);
        var oneTest = priorOdds * likelihoodRatio;
        var twoTests = oneTest * likelihoodRatio;

        Notes.Shows(Topic, "18", likelihoodRatio, 1e-9);
        Assert.Equal(PositivePredictiveValue(Prevalence), oneTest / (1 + oneTest), 12);
        Notes.Shows(Topic, "0.766", twoTests / (1 + twoTests));
        Notes.Mention(Topic, "odds $324{:}99$");
    }

    [Fact]
    public void NegativeResultAndHigherPrevalence_MatchTheNotes()
    {
        var missed = Prevalence * (1 - Sensitivity);
        var trueNegatives = (1 - Prevalence) * Specificity;

        Notes.Shows(Topic, "0.00106", missed / (missed + trueNegatives), 5e-6);
        Notes.Shows(Topic, "0.667", PositivePredictiveValue(0.10));
    }
}
