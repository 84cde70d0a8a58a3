namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.video-synthesis: latent shapes, token counts and space-time attention costs for a 16-frame clip.</summary>
public sealed class GenaiVideoSynthesisExampleTests
{
    private const string Topic = "genai.video-synthesis";
    private const int Frames = 16, Side = 256;

    [Fact]
    public void LatentsAndTokens_MatchTheTable()
    {
        const int temporal = 4, spatial = 8, channels = 16, patch = 2;
        var pixels = Frames * Side * Side * 3;
        var latentFrames = Frames / temporal;
        var latentSide = Side / spatial;
        var latent = latentFrames * latentSide * latentSide * channels;
        var tokensPerFrame = (latentSide / patch) * (latentSide / patch);

        Assert.Equal(3_145_728, pixels);
        Notes.Mention(Topic, "holds 3,145,728 values");
        Notes.Mention(Topic, "$4 \\times 32 \\times 32 \\times 16$");
        Assert.Equal(65_536, latent);
        Notes.Mention(Topic, "The 3D latent has 65,536 values, 48 times fewer");
        Notes.Shows(Topic, "48", pixels / (double)latent, 1e-12);
        Notes.Shows(Topic, "4096", Frames * tokensPerFrame, 0);
        Notes.Shows(Topic, "1024", latentFrames * tokensPerFrame, 0);
    }

    [Fact]
    public void AttentionCosts_MatchTheNotes()
    {
        const long frames = 16, perFrame = 256;
        var full = (frames * perFrame) * (frames * perFrame);
        var factorised = (frames * perFrame * perFrame) + (perFrame * frames * frames);

        Assert.Equal(16_777_216, full);
        Notes.Mention(Topic, "16{,}777{,}216");
        Assert.Equal(1_114_112, factorised);
        Notes.Mention(Topic, "1{,}114{,}112");
        Notes.Shows(Topic, "15.1", full / (double)factorised, 0.05);
        Notes.Mention(Topic, "1,048,576, 16 times fewer");
        Assert.Equal(16, full / (1024L * 1024));
    }
}
