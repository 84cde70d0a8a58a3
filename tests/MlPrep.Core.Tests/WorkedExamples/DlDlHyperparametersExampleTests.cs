namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.dl-hyperparameters: MLP parameter counts for width and depth, and batch-size arithmetic.</summary>
public sealed class DlDlHyperparametersExampleTests
{
    private const string Topic = "dl.dl-hyperparameters";

    private static long Parameters(params int[] widths) =>
        widths.Zip(widths.Skip(1), (nIn, nOut) => ((long)nIn * nOut) + nOut).Sum();

    [Fact]
    public void ParameterCounts_MatchTheTable()
    {
        Notes.Shows(Topic, "335,114", Parameters(784, 256, 256, 256, 10), 0);
        Notes.Shows(Topic, "932,362", Parameters(784, 512, 512, 512, 10), 0);
        Notes.Shows(Topic, "814,090", Parameters(784, 1024, 10), 0);
        Notes.Shows(Topic, "65,792", Parameters(256, 256), 0);
        Notes.Shows(Topic, "262,656", Parameters(512, 512), 0);
    }

    [Fact]
    public void WidthRatioAndForwardFlops_MatchTheNotes()
    {
        var narrow = Parameters(784, 256, 256, 256, 10);
        var wide = Parameters(784, 512, 512, 512, 10);

        Notes.Shows(Topic, "2.78", (double)wide / narrow, 0.005);
        Notes.Shows(Topic, "670,228", 2 * narrow, 0);
    }

    [Fact]
    public void BatchSizeArithmetic_MatchesTheNotes()
    {
        const int micro = 16, accumulation = 4, devices = 8;
        var effective = micro * accumulation * devices;

        Notes.Shows(Topic, "512", effective, 0);
        Notes.Shows(Topic, "0.4", 0.1 * 1024 / 256, 1e-12);
        Notes.Shows(Topic, "0.2", 0.1 * effective / 256, 1e-12);
        Notes.Shows(Topic, "6e-4", 3e-4 * Math.Sqrt(4), 1e-12);
        Notes.Shows(Topic, "1,250", 1_280_000 / 1024, 0);
    }
}
