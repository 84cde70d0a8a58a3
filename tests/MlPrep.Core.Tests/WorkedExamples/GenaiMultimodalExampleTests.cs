namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.multimodal: CLIP's symmetric contrastive loss on a batch of two, and the LLaVA-1.5 token and projector shapes.</summary>
public sealed class GenaiMultimodalExampleTests
{
    private const string Topic = "genai.multimodal";
    private static readonly double[][] Similarity = [[0.8, 0.2], [0.5, 0.6]];

    private static double CrossEntropy(double[] scores, int target, double tau)
    {
        var logits = scores.Select(s => s / tau).ToArray();
        var max = logits.Max();
        var logSumExp = max + Math.Log(logits.Sum(z => Math.Exp(z - max)));
        return logSumExp - logits[target];
    }

    private static double[] Row(int i) => Similarity[i];

    private static double[] Column(int j) => [.. Similarity.Select(row => row[j])];

    private static (double ImageToText, double TextToImage) Losses(double tau) =>
        (Enumerable.Range(0, 2).Average(i => CrossEntropy(Row(i), i, tau)),
         Enumerable.Range(0, 2).Average(j => CrossEntropy(Column(j), j, tau)));

    [Fact]
    public void PerItemLosses_MatchTheTable()
    {
        Notes.Shows(Topic, "0.0025", CrossEntropy(Row(0), 0, 0.1), 5e-5);
        Notes.Shows(Topic, "0.3133", CrossEntropy(Row(1), 1, 0.1), 5e-5);
        Notes.Shows(Topic, "0.0486", CrossEntropy(Column(0), 0, 0.1), 5e-5);
        Notes.Shows(Topic, "0.0181", CrossEntropy(Column(1), 1, 0.1), 5e-5);
    }

    [Fact]
    public void ClipLoss_MatchesTheNotes()
    {
        var (imageToText, textToImage) = Losses(0.1);
        var (hotImage, hotText) = Losses(1.0);

        Notes.Shows(Topic, "0.1579", imageToText, 5e-5);
        Notes.Shows(Topic, "0.0334", textToImage, 5e-5);
        Notes.Shows(Topic, "0.0956", (imageToText + textToImage) / 2, 5e-5);
        Notes.Shows(Topic, "0.731", 1 / (1 + Math.Exp(-1)));
        Notes.Shows(Topic, "0.537", (hotImage + hotText) / 2);
    }

    [Fact]
    public void VisionTokensAndProjector_MatchTheNotes()
    {
        const int side = 336, patch = 14, vision = 1024, llm = 4096;
        var tokens = (side / patch) * (side / patch);
        var projector = (vision * llm) + llm + (llm * llm) + llm;

        Notes.Shows(Topic, "576", tokens, 0);
        Assert.Equal(20_979_712, projector);
        Notes.Mention(Topic, "20{,}979{,}712");
        Notes.Mention(Topic, "$[B, 576, 4096]$");
    }
}
