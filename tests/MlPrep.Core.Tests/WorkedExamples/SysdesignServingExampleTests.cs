namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of sysdesign.serving: dynamic batching throughput, GPU and CPU fleet sizes and costs, and a precomputed alternative.</summary>
public sealed class SysdesignServingExampleTests
{
    private const string Topic = "sysdesign.serving";
    private const double PeakRequests = 4_000, Utilisation = 0.7;
    private const double SingleSeconds = 0.008, BatchSeconds = 0.020, BatchSize = 32;

    [Fact]
    public void Throughput_MatchesTheNotes()
    {
        var single = 1 / SingleSeconds;
        var batched = BatchSize / BatchSeconds;

        Assert.Equal(125, single, 9);
        Notes.Mention(Topic, "$1/0.008 = 125$");
        Assert.Equal(1_600, batched, 9);
        Notes.Mention(Topic, "$32/0.020 = 1{,}600$");
        Notes.Shows(Topic, "12.8", batched / single, 1e-9);
    }

    [Fact]
    public void GpuCount_MatchesTheNotes()
    {
        var batched = PeakRequests / (Utilisation * (BatchSize / BatchSeconds));
        var unbatched = PeakRequests / (Utilisation / SingleSeconds);

        Notes.Shows(Topic, "3.57", batched, 5e-3);
        Assert.Equal(4, (int)Math.Ceiling(batched));
        Notes.Mention(Topic, "so 4 GPUs");
        Notes.Shows(Topic, "45.7", unbatched, 0.05);
        Assert.Equal(46, (int)Math.Ceiling(unbatched));
        Notes.Mention(Topic, "so 46");
        Assert.Equal(25, 5 + (1000 * BatchSeconds), 9);
        Notes.Mention(Topic, "near 25 ms");
    }

    [Fact]
    public void CpuAlternative_MatchesTheNotes()
    {
        const double perCore = 1 / 0.020;
        var cores = PeakRequests / (Utilisation * perCore);

        Assert.Equal(50, perCore, 9);
        Notes.Shows(Topic, "114.3", cores, 0.05);
        Assert.Equal(115, (int)Math.Ceiling(cores));
        Notes.Mention(Topic, "that is 115 cores");
        Notes.Shows(Topic, "10.00", 4 * 2.50, 1e-9);
        Notes.Shows(Topic, "5.75", Math.Ceiling(cores) * 0.05, 1e-9);
    }

    [Fact]
    public void BatchAlternative_MatchesTheNotes()
    {
        Assert.Equal(16, 20e6 * 100 * 8 / 1e9, 9);
        Notes.Mention(Topic, "\\times 100 \\times 8 = 16$ GB");
    }
}
