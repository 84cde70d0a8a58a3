namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.vector-databases: memory and search cost of flat, PQ, IVF and HNSW indexes for a million vectors.</summary>
public sealed class GenaiVectorDatabasesExampleTests
{
    private const string Topic = "genai.vector-databases";
    private const double N = 1_000_000;
    private const int Dimension = 768;

    [Fact]
    public void IndexMemory_MatchesTheTable()
    {
        const int subQuantizers = 96, hnswM = 32;
        var flatBytes = N * Dimension * 4;
        var pqBytes = N * subQuantizers;
        var linkBytesPerVector = 2 * hnswM * 4;

        Notes.Shows(Topic, "3.072", flatBytes / 1e9, 1e-12);
        Notes.Shows(Topic, "96", pqBytes / 1e6, 1e-12);
        Notes.Shows(Topic, "32", Dimension * 4.0 / subQuantizers, 1e-12);
        Notes.Shows(Topic, "256", linkBytesPerVector, 0);
        Notes.Mention(Topic, "96 B per vector = 96 MB (32x smaller)");
    }

    [Fact]
    public void IvfSearchCost_MatchesTheNotes()
    {
        const double nlist = 4096, nprobe = 16;
        var scanned = N * nprobe / nlist;
        var comparisons = nlist + Math.Round(scanned);

        Assert.InRange(nlist, 4 * Math.Sqrt(N), 16 * Math.Sqrt(N));
        Notes.Shows(Topic, "3906", scanned, 0.5);
        Notes.Shows(Topic, "8002", comparisons, 0);
        Notes.Shows(Topic, "125", N / comparisons, 0.5);
    }

    [Fact]
    public void RecallAndCosineDistance_MatchTheNotes()
    {
        int[] exact = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        int[] approximate = [1, 2, 3, 4, 5, 6, 7, 8, 9, 42];

        Notes.Shows(Topic, "0.9", exact.Intersect(approximate).Count() / 10.0, 1e-12);
        Notes.Shows(Topic, "0.4", 2 - (2 * 0.8), 1e-12);
    }
}
