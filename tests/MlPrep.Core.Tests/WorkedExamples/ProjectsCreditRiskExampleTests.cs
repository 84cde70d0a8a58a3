namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.credit-risk: weight of evidence, information value and scorecard scaling.</summary>
public sealed class ProjectsCreditRiskExampleTests
{
    private const string Topic = "projects.credit-risk";
    private static readonly double[] Good = [140, 165, 395];
    private static readonly double[] Bad = [135, 105, 60];

    private static double Woe(int bin) => Math.Log((Good[bin] / Good.Sum()) / (Bad[bin] / Bad.Sum()));

    private static double IvTerm(int bin) => ((Good[bin] / Good.Sum()) - (Bad[bin] / Bad.Sum())) * Woe(bin);

    [Fact]
    public void WeightOfEvidenceTable_MatchesTheNotes()
    {
        Assert.Equal(700, Good.Sum());
        Assert.Equal(300, Bad.Sum());
        Notes.Shows(Topic, "-0.811", Woe(0));
        Notes.Shows(Topic, "-0.395", Woe(1));
        Notes.Shows(Topic, "1.037", Woe(2));
        Notes.Shows(Topic, "0.203", IvTerm(0));
        Notes.Shows(Topic, "0.378", IvTerm(2));
        Notes.Shows(Topic, "0.626", Enumerable.Range(0, 3).Sum(IvTerm));
    }

    [Fact]
    public void ScorecardScaling_MatchesTheNotes()
    {
        var factor = 20 / Math.Log(2);
        var offset = 600 - (factor * Math.Log(50));
        double Score(double pd) => offset + (factor * Math.Log((1 - pd) / pd));

        Notes.Shows(Topic, "28.85", factor, 5e-3);
        Notes.Shows(Topic, "487.12", offset, 5e-3);
        Notes.Shows(Topic, "550.5", Score(0.1), 0.05);
        Notes.Shows(Topic, "599.4", Score(0.02), 0.05);
    }
}
