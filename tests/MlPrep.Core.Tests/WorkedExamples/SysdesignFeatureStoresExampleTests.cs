using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of sysdesign.feature-stores: a point-in-time join with and without a TTL, and the size of the online store.</summary>
public sealed class SysdesignFeatureStoresExampleTests
{
    private const string Topic = "sysdesign.feature-stores";
    private static readonly TimeSpan[] WrittenAt = [new(9, 0, 0), new(12, 0, 0), new(18, 0, 0)];
    private static readonly int[] Values = [3, 5, 8];
    private static readonly TimeSpan[] Events = [new(11, 0, 0), new(12, 0, 0), new(17, 59, 0), new(19, 0, 0)];
    private static readonly TimeSpan Ttl = TimeSpan.FromHours(4);

    /// <summary>The latest value written at or before <paramref name="eventTime"/>, or null when none is young enough.</summary>
    private static int? PointInTime(TimeSpan eventTime, TimeSpan? ttl)
    {
        int? value = null;
        for (var i = 0; i < WrittenAt.Length; i++)
        {
            if (WrittenAt[i] <= eventTime && (ttl is null || eventTime - WrittenAt[i] <= ttl))
            {
                value = Values[i];
            }
        }

        return value;
    }

    private static string Row(TimeSpan eventTime)
    {
        var withTtl = PointInTime(eventTime, Ttl) is int v ? v.ToString(CultureInfo.InvariantCulture) : "missing";
        return string.Create(CultureInfo.InvariantCulture, $@"| {eventTime:hh\:mm} | {PointInTime(eventTime, null)} | {Values[^1]} | {withTtl} |");
    }

    [Fact]
    public void PointInTimeJoin_MatchesTheTable()
    {
        foreach (var eventTime in Events)
        {
            Notes.Mention(Topic, Row(eventTime));
        }

        Assert.Equal(3, Events.Count(t => PointInTime(t, null) != Values[^1]));
        Notes.Mention(Topic, "leaks the future into three of four rows");
        Assert.Equal(new TimeSpan(5, 59, 0), Events[2] - WrittenAt[1]);
        Notes.Mention(Topic, "5 h 59 min old at 17:59");
    }

    [Fact]
    public void OnlineStoreSize_MatchesTheNotes()
    {
        var values = 1e8 * 200 * 8 / 1e9;
        var withOverhead = values * 1.5;
        var replicated = withOverhead * 2;
        var nodes = replicated / (0.75 * 64);

        Assert.Equal(160, values, 9);
        Notes.Mention(Topic, "$10^8 \\times 200 \\times 8 = 160$ GB");
        Assert.Equal(240, withOverhead, 9);
        Notes.Mention(Topic, "gives 240 GB");
        Assert.Equal(480, replicated, 9);
        Notes.Mention(Topic, "doubles it to 480 GB");
        Assert.Equal(10, nodes, 9);
        Notes.Mention(Topic, "$480 / 48 = 10$ nodes");
    }

    [Fact]
    public void LookupLoad_MatchesTheNotes()
    {
        Assert.Equal(1_000_000, 500 * 2_000);
        Notes.Mention(Topic, "means 1M item lookups/s");
    }
}
