using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

public sealed class ReviewLogReaderTests
{
    private static List<ReviewEvent> Read(string text) => [.. ReviewLogReader.Read(new StringReader(text))];

    [Fact]
    public void Read_AcceptsFractionalSecondsAndOffsets_AndSkipsBlankLines()
    {
        var reviews = Read("""
            {"card": "a", "rating": 3, "time": "2025-01-01T09:00:00.123456Z"}

            {"card": "b", "rating": 1, "time": "2025-01-01T11:00:00+02:00"}
            """);

        Assert.Equal(2, reviews.Count);
        Assert.Equal(new ReviewEvent("a", Rating.Good, new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_560)), reviews[0]);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero), reviews[1].Time);
        Assert.Equal(TimeSpan.Zero, reviews[1].Time.Offset);
    }

    [Theory]
    [InlineData("{\"card\": \"a\", \"rating\": 3", 1, null, "not JSON")]
    [InlineData("[1, 2]", 1, null, "expected a JSON object")]
    [InlineData("{\"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}", 1, "card", "missing")]
    [InlineData("{\"card\": 7, \"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}", 1, "card", "non-empty string")]
    [InlineData("{\"card\": \"a\", \"time\": \"2025-01-01T09:00:00Z\"}", 1, "rating", "missing")]
    [InlineData("{\"card\": \"a\", \"rating\": 0, \"time\": \"2025-01-01T09:00:00Z\"}", 1, "rating", "not 0")]
    [InlineData("{\"card\": \"a\", \"rating\": 5, \"time\": \"2025-01-01T09:00:00Z\"}", 1, "rating", "not 5")]
    [InlineData("{\"card\": \"a\", \"rating\": 2.5, \"time\": \"2025-01-01T09:00:00Z\"}", 1, "rating", "not 2.5")]
    [InlineData("{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-01 09:00\"}", 1, "time", "ISO-8601")]
    [InlineData("{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-01T09:00:00\"}", 1, "time", "UTC offset")]
    [InlineData("{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-02-30T09:00:00Z\"}", 1, "time", "ISO-8601")]
    public void Read_BadLine_NamesTheLineAndField(string line, int lineNumber, string? field, string message)
    {
        var ex = Assert.Throws<ReviewLogFormatException>(() => Read(line));

        Assert.Equal(lineNumber, ex.Line);
        Assert.Equal(field, ex.Field);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(field is null ? $"line {lineNumber}: " : $"line {lineNumber}, field '{field}': ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TimeGoingBackwardsForACard_IsAnError()
    {
        var ex = Assert.Throws<ReviewLogFormatException>(() => Read("""
            {"card": "a", "rating": 3, "time": "2025-01-02T09:00:00Z"}
            {"card": "b", "rating": 3, "time": "2025-01-01T09:00:00Z"}
            {"card": "a", "rating": 3, "time": "2025-01-01T09:00:00Z"}
            """));

        Assert.Equal(3, ex.Line);
        Assert.Equal("time", ex.Field);
        Assert.Contains("goes backwards for card 'a'", ex.Message, StringComparison.Ordinal);
    }
}
