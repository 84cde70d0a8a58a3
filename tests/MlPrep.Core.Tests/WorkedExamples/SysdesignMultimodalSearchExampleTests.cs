namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.multimodal-search: the InfoNCE loss of one query row at two temperatures, index memory and traffic.</summary>
public sealed class SysdesignMultimodalSearchExampleTests
{
    private const string Topic = "sysdesign.multimodal-search";
    private static readonly double[] Similarities = [0.8, 0.3, 0.1];

    private static double MatchProbability(double temperature)
    {
        var logits = Similarities.Select(s => s / temperature).ToArray();
        var max = logits.Max();
        var normaliser = logits.Sum(z => Math.Exp(z - max));
        return Math.Exp(logits[0] - max) / normaliser;
    }

    [Fact]
    public void InfoNceLoss_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.992", MatchProbability(0.1));
        Notes.Shows(Topic, "0.0076", -Math.Log(MatchProbability(0.1)), 5e-5);
        Notes.Shows(Topic, "0.475", MatchProbability(1.0));
        Notes.Shows(Topic, "0.743", -Math.Log(MatchProbability(1.0)));
        Notes.Mention(Topic, "become logits 8, 3, 1");
    }

    [Fact]
    public void IndexMemoryAndTraffic_MatchTheNotes()
    {
        const double items = 500e6;
        var queriesPerSecond = 100e6 * 5 / 86_400;

        Notes.Shows(Topic, "512", items * 512 * 2 / 1e9, 1e-9);
        Notes.Shows(Topic, "32", items * 64 / 1e9, 1e-9);
        Notes.Shows(Topic, "5,787", queriesPerSecond, 0.5);
        Notes.Shows(Topic, "11,574", 2 * queriesPerSecond, 0.5);
    }
}
