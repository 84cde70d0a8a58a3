namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.ner: per-type F1, micro-F1 and macro-F1 on the CoNLL-2003 test entities.</summary>
public sealed class ProjectsNerExampleTests
{
    private const string Topic = "projects.ner";
    private static readonly double[] TruePositives = [1550, 1560, 1450, 590];
    private static readonly double[] FalsePositives = [80, 120, 230, 150];
    private static readonly double[] FalseNegatives = [67, 108, 211, 112];
    private static readonly double[] GoldEntities = [1617, 1668, 1661, 702];

    private static double F1(double tp, double fp, double fn) => 2 * tp / ((2 * tp) + fp + fn);

    [Fact]
    public void PerTypeScores_MatchTheTable()
    {
        var gold = TruePositives.Zip(FalseNegatives, (tp, fn) => tp + fn).ToArray();
        var f1 = Enumerable.Range(0, 4).Select(i => F1(TruePositives[i], FalsePositives[i], FalseNegatives[i])).ToArray();

        Assert.Equal(GoldEntities, gold);
        Notes.Shows(Topic, "5,648", gold.Sum(), 0);
        Notes.Shows(Topic, "0.955", f1[0]);
        Notes.Shows(Topic, "0.932", f1[1]);
        Notes.Shows(Topic, "0.868", f1[2]);
        Notes.Shows(Topic, "0.818", f1[3]);
        Notes.Shows(Topic, "0.893", f1.Average());
    }

    [Fact]
    public void MicroAverage_MatchesTheNotes()
    {
        var tp = TruePositives.Sum();
        var fp = FalsePositives.Sum();
        var fn = FalseNegatives.Sum();

        Notes.Shows(Topic, "5,150", tp, 0);
        Notes.Shows(Topic, "580", fp, 0);
        Notes.Shows(Topic, "498", fn, 0);
        Notes.Shows(Topic, "0.8988", tp / (tp + fp), 5e-5);
        Notes.Shows(Topic, "0.9118", tp / (tp + fn), 5e-5);
        Notes.Shows(Topic, "0.905", F1(tp, fp, fn));
    }
}
