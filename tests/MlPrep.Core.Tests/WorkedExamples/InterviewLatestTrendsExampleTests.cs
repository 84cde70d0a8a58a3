namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.latest-trends: weight memory of a 7B model at three
/// precisions, its KV cache at 32k tokens, a rank-8 LoRA adapter, and the mixture-of-experts numbers.</summary>
public sealed class InterviewLatestTrendsExampleTests
{
    private const string Topic = "interview.latest-trends";
    private const double Parameters = 7e9;

    [Fact]
    public void WeightMemory_MatchesTheNotes()
    {
        Notes.Mention(Topic, "= 14 GB in fp16, 7 GB in int8, 3.5 GB at 4 bits");
        Assert.Equal(14, Parameters * 2 / 1e9, 9);
        Assert.Equal(7, Parameters * 1 / 1e9, 9);
        Assert.Equal(3.5, Parameters * 0.5 / 1e9, 9);
    }

    [Fact]
    public void KvCache_MatchesTheNotes()
    {
        const long layers = 32, kvHeads = 8, headDim = 128, bytesPerValue = 2, tokens = 32_768;
        var perToken = 2 * layers * kvHeads * headDim * bytesPerValue;

        Notes.Shows(Topic, "131,072", perToken, 0);
        Notes.Shows(Topic, "32,768", tokens, 0);
        Notes.Mention(Topic, "needs 4 GiB");
        Assert.Equal(4.0, perToken * tokens / Math.Pow(2, 30), 12);
    }

    [Fact]
    public void LoraAdapter_MatchesTheNotes()
    {
        const long rank = 8, d = 4096, k = 4096;

        Notes.Shows(Topic, "65,536", rank * (d + k), 0);
        Notes.Shows(Topic, "16,777,216", d * k, 0);
        Notes.Shows(Topic, "0.39", 100.0 * rank * (d + k) / (d * k), 5e-3);
    }

    [Fact]
    public void MixtureOfExperts_MatchesTheNotes()
    {
        const double total = 47e9, active = 13e9;

        Notes.Mention(Topic, "= 26$ GFLOPs per token");
        Assert.Equal(26, 2 * active / 1e9, 9);
        Notes.Mention(Topic, "about 94 GB for fp16 weights");
        Assert.Equal(94, total * 2 / 1e9, 9);
    }
}
