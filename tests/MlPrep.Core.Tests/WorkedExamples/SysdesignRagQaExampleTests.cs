namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.rag-qa: chunks, vector memory, traffic and token cost.</summary>
public sealed class SysdesignRagQaExampleTests
{
    private const string Topic = "sysdesign.rag-qa";
    private const double Documents = 10e6;
    private const double QueriesPerDay = 1e6;

    [Fact]
    public void ChunksAndVectorMemory_MatchTheNotes()
    {
        const int length = 2000, size = 500, overlap = 50;
        var stride = size - overlap;
        var chunksPerDocument = (int)Math.Ceiling((length - size) / (double)stride) + 1;
        var chunks = Documents * chunksPerDocument;

        Notes.Shows(Topic, "450", stride, 0);
        Assert.Equal(5, chunksPerDocument);
        Notes.Mention(Topic, "$\\lceil 1500/450 \\rceil + 1 = 5$ chunks");
        Notes.Shows(Topic, "153.6", chunks * 768 * 4 / 1e9, 1e-9);
        Notes.Shows(Topic, "38.4", chunks * 768 / 1e9, 1e-9);
        Notes.Shows(Topic, "3.2", chunks * 64 / 1e9, 1e-9);
    }

    [Fact]
    public void TrafficAndTokenCost_MatchTheNotes()
    {
        const double inputTokens = 3000, outputTokens = 300, dollarsPerMillionIn = 1, dollarsPerMillionOut = 4;
        var cost = (QueriesPerDay * inputTokens / 1e6 * dollarsPerMillionIn) + (QueriesPerDay * outputTokens / 1e6 * dollarsPerMillionOut);

        Notes.Shows(Topic, "11.6", QueriesPerDay / 86_400, 0.05);
        Notes.Shows(Topic, "4,200", cost, 1e-9);
        Notes.Shows(Topic, "6", outputTokens / 50, 0);
        Notes.Mention(Topic, "stream in 6 s");
    }
}
