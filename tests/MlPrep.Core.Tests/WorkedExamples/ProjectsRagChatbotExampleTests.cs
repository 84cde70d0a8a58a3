namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.rag-chatbot: recall@k and MRR on four queries, and corpus sizing.</summary>
public sealed class ProjectsRagChatbotExampleTests
{
    private const string Topic = "projects.rag-chatbot";
    private static readonly int?[] FirstRelevantRank = [1, 3, null, 2];

    private static double RecallAt(int k) => FirstRelevantRank.Count(r => r <= k) / (double)FirstRelevantRank.Length;

    [Fact]
    public void RetrievalMetrics_MatchTheNotes()
    {
        var mrr = FirstRelevantRank.Average(r => r is { } rank ? 1.0 / rank : 0);

        Notes.Shows(Topic, "0.25", RecallAt(1), 1e-12);
        Notes.Shows(Topic, "0.75", RecallAt(3), 1e-12);
        Notes.Shows(Topic, "0.458", mrr);
    }

    [Fact]
    public void Sizing_MatchesTheNotes()
    {
        const int chunk = 400, overlap = 50, dimensions = 384, bytesPerFloat = 4;
        var tokens = 200 * 500 * 1.33;
        var stride = chunk - overlap;
        var chunks = (int)Math.Ceiling((tokens - chunk) / stride) + 1;

        Notes.Shows(Topic, "133,000", tokens, 1e-6);
        Notes.Shows(Topic, "350", stride, 0);
        Notes.Shows(Topic, "380", chunks, 0);
        Notes.Shows(Topic, "583,680", chunks * dimensions * bytesPerFloat, 0);
        Notes.Shows(Topic, "2,000", 5 * chunk, 0);
    }
}
