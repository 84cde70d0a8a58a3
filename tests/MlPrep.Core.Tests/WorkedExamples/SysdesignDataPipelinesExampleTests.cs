namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of sysdesign.data-pipelines: event rate, bandwidth, Kafka partitions and storage of a clickstream.</summary>
public sealed class SysdesignDataPipelinesExampleTests
{
    private const string Topic = "sysdesign.data-pipelines";
    private const double Users = 50e6, EventsPerUser = 40, BytesPerEvent = 500, PeakFactor = 3;
    private const double SecondsPerDay = 86_400, EventsPerConsumer = 5_000;
    private const double EventsPerDay = Users * EventsPerUser;

    [Fact]
    public void EventRates_MatchTheNotes()
    {
        var average = EventsPerDay / SecondsPerDay;

        Assert.Equal(2e9, EventsPerDay);
        Assert.Equal(23_148, Math.Round(average));
        Notes.Mention(Topic, "= 23{,}148$ events/s on average");
        Notes.Shows(Topic, "69,444", PeakFactor * average, 0.5);
    }

    [Fact]
    public void Bandwidth_MatchesTheNotes()
    {
        var bytesPerDay = EventsPerDay * BytesPerEvent;

        Assert.Equal(1e12, bytesPerDay);
        Notes.Mention(Topic, "= 1 TB/day");
        Notes.Shows(Topic, "11.6", bytesPerDay / SecondsPerDay / 1e6, 0.05);
        Notes.Shows(Topic, "34.7", PeakFactor * bytesPerDay / SecondsPerDay / 1e6, 0.05);
    }

    [Fact]
    public void Partitions_MatchTheNotes()
    {
        var needed = PeakFactor * EventsPerDay / SecondsPerDay / EventsPerConsumer;

        Notes.Shows(Topic, "13.9", needed, 0.05);
        Assert.Equal(14, (int)Math.Ceiling(needed));
        Notes.Mention(Topic, "so at least 14");
    }

    [Fact]
    public void Storage_MatchesTheNotes()
    {
        var terabytesPerDay = EventsPerDay * BytesPerEvent / 1e12;
        var parquetGigabytesPerDay = terabytesPerDay * 1000 / 5;

        Assert.Equal(21, terabytesPerDay * 7 * 3, 9);
        Notes.Mention(Topic, "$1 \\times 7 \\times 3 = 21$ TB");
        Assert.Equal(200, parquetGigabytesPerDay, 9);
        Notes.Mention(Topic, "so 200 GB/day");
        Assert.Equal(18, parquetGigabytesPerDay * 90 / 1000, 9);
        Notes.Mention(Topic, "90 days of history is 18 TB");
    }
}
