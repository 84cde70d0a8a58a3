namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.peft-other: trainable parameters and extra compute of PEFT methods on BERT-base.</summary>
public sealed class GenaiPeftOtherExampleTests
{
    private const string Topic = "genai.peft-other";
    private const int D = 768, Layers = 12, Ffn = 3072, T = 128;

    [Fact]
    public void ParameterCounts_MatchTheTable()
    {
        const int bottleneck = 64, prefix = 10, prompt = 20, rank = 8;
        var adapter = (2 * D * bottleneck) + D + bottleneck;
        var adapters = 2 * Layers * adapter;

        Assert.Equal(99_136, adapter);
        Notes.Mention(Topic, "99{,}136");
        Assert.Equal(2_379_264, adapters);
        Notes.Mention(Topic, "2,379,264 (2.2%)");
        Notes.Shows(Topic, "2.2", 100.0 * adapters / 110e6, 0.05);
        Assert.Equal(184_320, prefix * 2 * D * Layers);
        Notes.Mention(Topic, "184,320");
        Assert.Equal(294_912, Layers * 2 * rank * (D + D));
        Notes.Mention(Topic, "294,912");
        Assert.Equal(55_296, (D + D + Ffn) * Layers);
        Notes.Mention(Topic, "55,296");
        Assert.Equal(15_360, prompt * D);
        Notes.Mention(Topic, "15,360");
    }

    [Fact]
    public void AttentionAndAdapterCompute_MatchTheNotes()
    {
        const int prompt = 20, prefix = 10, bottleneck = 64;

        Assert.Equal(21_904, (T + prompt) * (T + prompt));
        Notes.Mention(Topic, "from 16,384 to 21,904 per head");
        Notes.Shows(Topic, "1.34", (T + prompt) * (T + prompt) / (double)(T * T), 0.005);
        Assert.Equal(17_664, T * (T + prefix));
        Notes.Shows(Topic, "1.08", T * (T + prefix) / (double)(T * T), 0.005);
        Notes.Mention(Topic, "393,216");
        Assert.Equal(393_216, 8 * D * bottleneck);
        Notes.Shows(Topic, "14.2", 24.0 * D * D / 1e6, 0.05);
        Notes.Shows(Topic, "2.8", 100.0 * 8 * D * bottleneck / (24.0 * D * D), 0.05);
    }
}
