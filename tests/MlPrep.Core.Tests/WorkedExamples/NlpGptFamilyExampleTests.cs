namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.gpt-family: GPT-2 and GPT-3 parameter counts, training compute and KV-cache sizes.</summary>
public sealed class NlpGptFamilyExampleTests
{
    private const string Topic = "nlp.gpt-family";
    private const long Vocabulary = 50_257;

    private static long Gpt2(long d, long layers) =>
        Vocabulary * d + 1024 * d + layers * (12 * d * d + 13 * d) + 2 * d;

    [Fact]
    public void Gpt2Parameters_MatchTheNotes()
    {
        Assert.Equal(38_597_376, Vocabulary * 768);
        Notes.Mention(Topic, "38{,}597{,}376");
        Notes.Shows(Topic, "786,432", 1024 * 768, 0);
        Notes.Shows(Topic, "85,054,464", 12 * (12 * 768 * 768 + 13 * 768), 0);
        Notes.Shows(Topic, "124,439,808", Gpt2(768, 12), 0);
        Notes.Shows(Topic, "1,557,611,200", Gpt2(1600, 48), 0);
    }

    [Fact]
    public void Gpt3ScaleAndCompute_MatchTheNotes()
    {
        const double d = 12_288, layers = 96;

        Assert.Equal(173.9, Math.Round(12 * layers * d * d / 1e9, 1));
        Notes.Mention(Topic, "173.9\\text{B}");
        Assert.Equal(0.6, Math.Round(Vocabulary * d / 1e9, 1));
        Assert.Equal(3.15e23, 6 * 175e9 * 300e9, 1e20);
        Notes.Mention(Topic, "3.15 \\times 10^{23}");
        Assert.Equal(0.25, Math.Round(2 * Gpt2(768, 12) / 1e9, 2));
        Notes.Mention(Topic, "0.25 GFLOPs");
    }

    [Fact]
    public void KvCache_MatchesTheNotes()
    {
        const long bytesPerNumber = 2;
        var gpt2PerToken = 2 * 12 * 768 * bytesPerNumber;
        var gpt3PerToken = 2 * 96 * 12_288 * bytesPerNumber;

        Assert.Equal(36_864, gpt2PerToken);
        Notes.Mention(Topic, "36{,}864");
        Assert.Equal(36, gpt2PerToken * 1024 / (1024 * 1024));
        Notes.Mention(Topic, "36 MiB");
        Assert.Equal(4.5, gpt3PerToken / (1024.0 * 1024), 12);
        Notes.Mention(Topic, "4.5 MiB per token");
        Assert.Equal(9, gpt3PerToken * 2048 / (1024.0 * 1024 * 1024), 12);
        Notes.Mention(Topic, "9 GiB");
    }
}
