namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.transformer-encoder-decoder: Transformer-base parameter counts, cost and learning rate.</summary>
public sealed class NlpTransformerEncoderDecoderExampleTests
{
    private const string Topic = "nlp.transformer-encoder-decoder";
    private const long D = 512;
    private const long Dff = 2048;
    private const long Layers = 6;
    private const long Vocabulary = 37_000;

    private static long Attention => 4 * (D * D + D);

    private static long FeedForward => 2 * D * Dff + Dff + D;

    private static long LayerNorm => 2 * D;

    private static long EncoderLayer => Attention + FeedForward + 2 * LayerNorm;

    private static long DecoderLayer => 2 * Attention + FeedForward + 3 * LayerNorm;

    [Fact]
    public void LayerCounts_MatchTheNotes()
    {
        Assert.Equal(1_050_624, Attention);
        Notes.Mention(Topic, "1{,}050{,}624");
        Assert.Equal(2_099_712, FeedForward);
        Notes.Mention(Topic, "2{,}099{,}712");
        Assert.Equal(3_152_384, EncoderLayer);
        Notes.Mention(Topic, "= 3{,}152{,}384");
        Assert.Equal(4_204_032, DecoderLayer);
        Notes.Mention(Topic, "= 4{,}204{,}032");
    }

    [Fact]
    public void ModelTotals_MatchTheNotes()
    {
        var stacks = Layers * (EncoderLayer + DecoderLayer);
        Assert.Equal(44_138_496, stacks);
        Notes.Mention(Topic, "44{,}138{,}496");
        Notes.Shows(Topic, "44,140,544", stacks + 2 * LayerNorm, 0);

        var embedding = Vocabulary * D;
        Assert.Equal(18_944_000, embedding);
        Notes.Mention(Topic, "18{,}944{,}000");
        Assert.Equal(63.1, Math.Round((stacks + embedding) / 1e6, 1));
        Notes.Mention(Topic, "about 63.1M");
    }

    [Fact]
    public void CostAndSchedule_MatchTheNotes()
    {
        const double targetLength = 25, warmup = 4000;

        Notes.Shows(Topic, "947", 2 * targetLength * D * Vocabulary / 1e6, 0.5);
        Assert.Equal(210, Math.Round(2 * (DecoderLayer - 3 * LayerNorm) * targetLength / 1e6));
        Notes.Mention(Topic, "\\approx 210$ MFLOPs");
        Notes.Shows(Topic, "0.000699", Math.Pow(D, -0.5) * Math.Min(Math.Pow(warmup, -0.5), warmup * Math.Pow(warmup, -1.5)), 5e-7);
    }
}
