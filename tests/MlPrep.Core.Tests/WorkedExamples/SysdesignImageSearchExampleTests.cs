namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.image-search: recall and precision at 10, vector memory, traffic and backfill time.</summary>
public sealed class SysdesignImageSearchExampleTests
{
    private const string Topic = "sysdesign.image-search";
    private const double Images = 1e9;
    private const int Dimension = 512;

    [Fact]
    public void RecallAndPrecisionAtTen_MatchTheNotes()
    {
        const int relevant = 4, found = 3, shown = 10;

        Notes.Shows(Topic, "0.75", found / (double)relevant, 1e-12);
        Notes.Shows(Topic, "0.3", found / (double)shown, 1e-12);
        Notes.Mention(Topic, "recall@10 = 0.75, precision@10 = 0.3");
    }

    [Fact]
    public void MemoryTrafficAndBackfill_MatchTheNotes()
    {
        var float32Bytes = Images * Dimension * 4;
        var pqBytes = Images * 64;
        var queriesPerSecond = 50e6 / 86_400;

        Notes.Shows(Topic, "2.048", float32Bytes / 1e12, 1e-9);
        Notes.Shows(Topic, "64", pqBytes / 1e9, 1e-9);
        Notes.Shows(Topic, "32", float32Bytes / pqBytes, 1e-9);
        Notes.Shows(Topic, "579", queriesPerSecond, 0.5);
        Notes.Shows(Topic, "1,736", 3 * queriesPerSecond, 0.5);
        Notes.Shows(Topic, "1,157", 100e6 / 86_400, 0.5);
        Notes.Shows(Topic, "500,000", Images / 2000, 0);
        Notes.Shows(Topic, "139", Images / 2000 / 3600, 0.5);
    }
}
