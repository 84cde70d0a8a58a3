namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.stable-diffusion: latent compression, cross-attention size, attention memory, guidance and image-to-image steps.</summary>
public sealed class GenaiStableDiffusionExampleTests
{
    private const string Topic = "genai.stable-diffusion";

    [Fact]
    public void CompressionAndCrossAttention_MatchTheNotes()
    {
        const int pixels = 512 * 512 * 3, latent = 64 * 64 * 4;
        const int query = 320 * 320, keyOrValue = 768 * 320, output = (320 * 320) + 320;

        Assert.Equal(786_432, pixels);
        Assert.Equal(16_384, latent);
        Notes.Shows(Topic, "48", pixels / (double)latent, 1e-12);
        Notes.Mention(Topic, "48 times fewer");
        Notes.Shows(Topic, "696,640", query + (2 * keyOrValue) + output, 0);
    }

    [Fact]
    public void AttentionMemory_MatchesTheNotes()
    {
        const long tokens = 64 * 64, heads = 8, bytesPerScore = 2;
        var scoresPerHead = tokens * tokens;

        Assert.Equal(16_777_216, scoresPerHead);
        Notes.Shows(Topic, "256", scoresPerHead * heads * bytesPerScore / (1024.0 * 1024.0), 0);
        Notes.Mention(Topic, "256 MiB per image per layer");
        Assert.Equal(315_392, tokens * 77);
        Notes.Mention(Topic, "315{,}392");
    }

    [Fact]
    public void GuidanceAndImageToImage_MatchTheNotes()
    {
        const double scale = 7.5, unconditional = 0.2, conditional = 0.5;
        const int steps = 50;
        const double strength = 0.75;

        Notes.Shows(Topic, "2.45", unconditional + (scale * (conditional - unconditional)), 1e-12);
        Notes.Shows(Topic, "37", (int)(steps * strength), 0);
        Notes.Shows(Topic, "100", 2 * steps, 0);
    }
}
