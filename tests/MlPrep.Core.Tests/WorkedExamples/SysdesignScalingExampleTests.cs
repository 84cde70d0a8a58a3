namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of sysdesign.scaling: cache hit rates, resharding with modulo placement, a model cascade and a sharded embedding table.</summary>
public sealed class SysdesignScalingExampleTests
{
    private const string Topic = "sysdesign.scaling";
    private const double Requests = 10_000, HitMs = 2, MissMs = 50;

    private static double MeanLatency(double hitRate) => (hitRate * HitMs) + ((1 - hitRate) * MissMs);

    [Fact]
    public void Cache_MatchesTheNotes()
    {
        Notes.Shows(Topic, "21.2", MeanLatency(0.6), 1e-9);
        Notes.Shows(Topic, "11.6", MeanLatency(0.8), 1e-9);
        Assert.Equal(4_000, Requests * (1 - 0.6), 6);
        Notes.Mention(Topic, "the model serves 4,000 requests/s");
        Assert.Equal(2_000, Requests * (1 - 0.8), 6);
        Notes.Mention(Topic, "the model serves 2,000 requests/s");
    }

    [Fact]
    public void ModuloResharding_MatchesTheNotes()
    {
        var stay = Enumerable.Range(0, 90).Count(k => k % 9 == k % 10);

        Assert.Equal(9, stay);
        Notes.Mention(Topic, "9 of every 90 keys, so 90% move");
        Assert.Equal(90, 100 * (90 - stay) / 90);
    }

    [Fact]
    public void Cascade_MatchesTheNotes()
    {
        Assert.Equal(13, 1 + (0.3 * 40), 12);
        Notes.Mention(Topic, "$1 + 0.3 \\times 40 = 13$ ms");
    }

    [Fact]
    public void EmbeddingShards_MatchTheNotes()
    {
        var gigabytes = 1e9 * 128 * 2 / 1e9;

        Assert.Equal(256, gigabytes, 9);
        Notes.Mention(Topic, "\\times 128 \\times 2 = 256$ GB");
        Notes.Shows(Topic, "4.27", gigabytes / 60, 5e-3);
        Assert.Equal(5, (int)Math.Ceiling(gigabytes / 60));
        Notes.Mention(Topic, "so 5 shards");
    }
}
