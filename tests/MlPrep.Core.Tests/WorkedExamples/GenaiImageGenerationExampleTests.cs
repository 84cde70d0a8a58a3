namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.image-generation: latent shapes, classifier-free guidance, sampling cost and a one-dimensional FID.</summary>
public sealed class GenaiImageGenerationExampleTests
{
    private const string Topic = "genai.image-generation";
    private static readonly double[] Unconditional = [0.2, -0.1];
    private static readonly double[] Conditional = [0.5, 0.1];

    [Fact]
    public void LatentShapes_MatchTheNotes()
    {
        const int pixels = 512 * 512 * 3, latent = 64 * 64 * 4;

        Assert.Equal(786_432, pixels);
        Notes.Mention(Topic, "(786,432 values)");
        Assert.Equal(16_384, latent);
        Notes.Mention(Topic, "(16,384 values), 48 times fewer");
        Notes.Shows(Topic, "48", pixels / (double)latent, 1e-12);
        Notes.Shows(Topic, "1024", (64 / 2) * (64 / 2), 0);
        Notes.Shows(Topic, "4096", (128 / 2) * (128 / 2), 0);
    }

    [Fact]
    public void ClassifierFreeGuidance_MatchesTheNotes()
    {
        const double scale = 7.5;
        var guided = Unconditional.Zip(Conditional, (u, c) => u + (scale * (c - u))).ToArray();

        Notes.Shows(Topic, "2.45", guided[0], 1e-12);
        Notes.Shows(Topic, "1.4", guided[1], 1e-12);
        Notes.Mention(Topic, "= (2.45, 1.4)$");
        Notes.Shows(Topic, "100", 50 * 2, 0);
    }

    [Fact]
    public void OneDimensionalFid_MatchesTheNotes()
    {
        const double muReal = 0, sigmaReal = 1, muGen = 0.5, sigmaGen = 2;
        var meanTerm = (muReal - muGen) * (muReal - muGen);
        var spreadTerm = (sigmaReal * sigmaReal) + (sigmaGen * sigmaGen) - (2 * Math.Sqrt(sigmaReal * sigmaReal * sigmaGen * sigmaGen));

        Notes.Shows(Topic, "0.25", meanTerm, 1e-12);
        Notes.Shows(Topic, "1.25", meanTerm + spreadTerm, 1e-12);
    }
}
