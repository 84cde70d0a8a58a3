namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of sysdesign.mlops: storage for daily data versions and the retraining cadence with its cost.</summary>
public sealed class SysdesignMlopsExampleTests
{
    private const string Topic = "sysdesign.mlops";
    private const double DatasetGigabytes = 200, DailyChange = 0.02;
    private const int Versions = 30;

    [Fact]
    public void DataVersionStorage_MatchesTheNotes()
    {
        var fullCopies = Versions * DatasetGigabytes;
        var contentAddressed = DatasetGigabytes + ((Versions - 1) * DailyChange * DatasetGigabytes);

        Assert.Equal(6_000, fullCopies, 9);
        Notes.Mention(Topic, "$30 \\times 200 = 6{,}000$ GB");
        Assert.Equal(316, contentAddressed, 9);
        Notes.Mention(Topic, "$200 + 29 \\times 4 = 316$ GB");
        Notes.Shows(Topic, "94.7", 100 * (1 - (contentAddressed / fullCopies)), 0.05);
    }

    [Fact]
    public void RetrainingCadence_MatchesTheNotes()
    {
        const double weeklyDrop = 0.004, tolerance = 0.01;
        var weeks = tolerance / weeklyDrop;
        const double costPerRetrain = 40 * 3;

        Assert.Equal(2.5, weeks, 12);
        Notes.Mention(Topic, "$0.01/0.004 = 2.5$ weeks");
        Assert.Equal(2, (int)Math.Floor(weeks));
        Notes.Mention(Topic, "so retrain every 2 weeks");
        Notes.Mention(Topic, "\\$120");
        Notes.Shows(Topic, "6,240", 52 * costPerRetrain, 0);
        Notes.Shows(Topic, "3,120", 26 * costPerRetrain, 0);
    }
}
