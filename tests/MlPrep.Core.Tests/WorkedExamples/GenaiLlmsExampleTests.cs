namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.llms: GPT-2 small's parameter count, forward and training compute, and the KV cache of a 7B-class model.</summary>
public sealed class GenaiLlmsExampleTests
{
    private const string Topic = "genai.llms";
    private const long Vocabulary = 50_257, Context = 1024, Width = 768, Layers = 12;

    private static long Block()
    {
        const long qkv = (Width * 3 * Width) + (3 * Width);
        const long attentionOut = (Width * Width) + Width;
        const long mlp = (Width * 4 * Width) + (4 * Width) + (4 * Width * Width) + Width;
        const long layerNorms = 4 * Width;
        return qkv + attentionOut + mlp + layerNorms;
    }

    [Fact]
    public void Gpt2SmallParameters_MatchTheNotes()
    {
        var total = (Vocabulary * Width) + (Context * Width) + (Layers * Block()) + (2 * Width);

        Notes.Shows(Topic, "38,597,376", Vocabulary * Width, 0);
        Notes.Shows(Topic, "7,087,872", Block(), 0);
        Notes.Shows(Topic, "85,054,464", Layers * Block(), 0);
        Notes.Shows(Topic, "124,439,808", total, 0);
        Notes.Shows(Topic, "84,934,656", 12 * Width * Width * Layers, 0);
    }

    [Fact]
    public void Compute_MatchesTheNotes()
    {
        const double parameters = 124_439_808;

        Notes.Shows(Topic, "0.25", 2 * parameters / 1e9, 5e-3);
        Notes.Shows(Topic, "37.7", 4.0 * Layers * Context * Width / 1e6, 0.05);
        Notes.Shows(Topic, "3.15", 6 * 175e9 * 300e9 / 1e23, 5e-3);
        Notes.Shows(Topic, "2.5", 20 * parameters / 1e9, 0.05);
    }

    [Fact]
    public void KvCache_MatchesTheNotes()
    {
        const long layers = 32, headDim = 128, bytes = 2, tokens = 4096;
        var perToken = 2 * layers * 32 * headDim * bytes;
        var perTokenGqa = 2 * layers * 8 * headDim * bytes;
        const double gib = 1024.0 * 1024 * 1024;

        Assert.Equal(524_288, perToken);
        Notes.Mention(Topic, "524{,}288");
        Notes.Shows(Topic, "0.5", perToken / (1024.0 * 1024), 0);
        Assert.Equal(2.0, perToken * tokens / gib);
        Notes.Mention(Topic, "2 GiB for 4096 tokens");
        Assert.Equal(0.5, perTokenGqa * tokens / gib);
        Notes.Mention(Topic, "With GQA and 8 KV heads, 0.5 GiB");
    }
}
