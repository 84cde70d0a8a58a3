namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.vision-transformers: ViT-B/16 token counts, its full parameter count,
/// its multiply-adds per image, and Whisper's encoder length.</summary>
public sealed class DlVisionTransformersExampleTests
{
    private const string Topic = "dl.vision-transformers";
    private const long D = 768;
    private const long Mlp = 3072;
    private const long Layers = 12;

    private static long Tokens(long image, long patch) => ((image / patch) * (image / patch)) + 1;

    [Fact]
    public void TokensAndParameters_MatchTheNotes()
    {
        var tokens = Tokens(224, 16);
        Notes.Mention(Topic, "(8, 196, 768)");
        Notes.Mention(Topic, "(8, 197, 768)");
        Assert.Equal(197, tokens);

        const long patchEmbedding = (16 * 16 * 3 * D) + D;
        var positions = tokens * D;
        const long block = (4 * D * D) + (4 * D) + (2 * D * Mlp) + Mlp + D + (4 * D);
        const long head = (D * 1000) + 1000;
        Notes.Shows(Topic, "590,592", patchEmbedding, 0);
        Notes.Shows(Topic, "151,296", positions, 0);
        Notes.Shows(Topic, "7,087,872", block, 0);
        Notes.Shows(Topic, "85,054,464", Layers * block, 0);
        Notes.Shows(Topic, "769,000", head, 0);
        Notes.Shows(Topic, "86,567,656", patchEmbedding + positions + D + (Layers * block) + (2 * D) + head, 0);
    }

    [Fact]
    public void ComputeAndOtherResolutions_MatchTheNotes()
    {
        double t = Tokens(224, 16);
        var linear = 12 * t * D * D;
        var attention = 2 * t * t * D;
        Notes.Shows(Topic, "1.394", linear / 1e9);
        Notes.Shows(Topic, "0.060", attention / 1e9);
        Notes.Shows(Topic, "4", 100 * attention / (linear + attention), 0.5);

        var total = (Layers * (linear + attention)) + (196.0 * 16 * 16 * 3 * D) + (D * 1000.0);
        Notes.Shows(Topic, "17.56", total / 1e9, 5e-3);

        Notes.Shows(Topic, "577", Tokens(384, 16), 0);
        var smallPatches = Tokens(224, 8) - 1;
        Notes.Shows(Topic, "784", smallPatches, 0);
        Notes.Mention(Topic, "16 times the attention cost");
        Assert.Equal(16, Math.Pow(smallPatches / 196.0, 2), 12);

        Notes.Shows(Topic, "1500", 30 * 1000 / 10 / 2, 0);
    }
}
