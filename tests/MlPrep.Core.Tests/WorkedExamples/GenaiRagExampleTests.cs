namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.rag: chunk count, dense cosine ranking, reciprocal rank fusion and RAG-Sequence marginalisation.</summary>
public sealed class GenaiRagExampleTests
{
    private const string Topic = "genai.rag";
    private static readonly double[] Query = [0.6, 0.8];
    private static readonly double[][] Chunks = [[0.8, 0.6], [1, 0], [0, 1], [0.6, -0.8]];
    private static readonly string[] Names = ["A", "B", "C", "D"];
    private static readonly string[] Bm25Ranking = ["C", "D", "A", "B"];

    private static double Cosine(double[] a, double[] b) =>
        a.Zip(b, (x, y) => x * y).Sum() / Math.Sqrt(a.Sum(x => x * x)) / Math.Sqrt(b.Sum(x => x * x));

    private static string[] DenseRanking() =>
        [.. Names.Zip(Chunks, (n, c) => (n, Score: Cosine(Query, c))).OrderByDescending(p => p.Score).Select(p => p.n)];

    [Fact]
    public void ChunkCount_MatchesTheNotes()
    {
        const int length = 1000, size = 256, overlap = 32;
        var stride = size - overlap;
        var chunks = (int)Math.Ceiling((length - size) / (double)stride) + 1;

        Notes.Shows(Topic, "224", stride, 0);
        Assert.Equal(5, chunks);
        Notes.Mention(Topic, "so there are 5 chunks");
        Notes.Shows(Topic, "104", length - ((chunks - 1) * stride), 0);
    }

    [Fact]
    public void DenseScores_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.96", Cosine(Query, Chunks[0]), 1e-12);
        Notes.Shows(Topic, "0.80", Cosine(Query, Chunks[2]), 1e-12);
        Notes.Shows(Topic, "-0.28", Cosine(Query, Chunks[3]), 1e-12);
        Assert.Equal(["A", "C", "B", "D"], DenseRanking());
        Notes.Mention(Topic, "Dense ranking: $A, C, B, D$");
    }

    [Fact]
    public void ReciprocalRankFusion_MatchesTheTable()
    {
        var dense = DenseRanking();
        double Rrf(string name) => (1.0 / (60 + Array.IndexOf(dense, name) + 1)) + (1.0 / (60 + Array.IndexOf(Bm25Ranking, name) + 1));

        Notes.Shows(Topic, "0.03252", Rrf("C"), 5e-6);
        Notes.Shows(Topic, "0.03227", Rrf("A"), 5e-6);
        Notes.Shows(Topic, "0.03175", Rrf("D"), 5e-6);
        Notes.Shows(Topic, "0.03150", Rrf("B"), 5e-6);
        Assert.Equal(["C", "A", "D", "B"], Names.OrderByDescending(Rrf).ToArray());
    }

    [Fact]
    public void RagSequenceMarginal_MatchesTheNotes()
    {
        double[] retriever = [0.7, 0.3];
        double[] generator = [0.9, 0.2];

        Notes.Shows(Topic, "0.69", retriever.Zip(generator, (p, g) => p * g).Sum(), 1e-12);
    }
}
