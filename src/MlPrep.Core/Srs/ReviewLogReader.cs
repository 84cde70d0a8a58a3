using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MlPrep.Core.Srs;

/// <summary>One graded review in a log: which card, the grade, and when (UTC).</summary>
public sealed record ReviewEvent(string CardId, Rating Rating, DateTimeOffset Time);

/// <summary>A review log line that cannot be read: <see cref="Exception.Message"/> names the line and the field.</summary>
public sealed class ReviewLogFormatException : FormatException
{
    public ReviewLogFormatException(int line, string? field, string problem)
        : base(field is null ? $"line {line}: {problem}" : $"line {line}, field '{field}': {problem}")
    {
        Line = line;
        Field = field;
    }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }

    /// <summary>The field at fault, or null when the line as a whole is.</summary>
    public string? Field { get; }
}

/// <summary>
/// Reads a review log in JSON lines, one review per line: <c>{"card": "&lt;id&gt;", "rating": 1-4, "time": "&lt;ISO-8601&gt;"}</c>,
/// where time has an offset (Z or ±hh:mm) and up to 7 fractional second digits. Lines are in time order per card
/// (cards may interleave); blank lines are skipped. The first bad line throws <see cref="ReviewLogFormatException"/>.
/// </summary>
public static partial class ReviewLogReader
{
    /// <summary>The reviews of <paramref name="reader"/>, read lazily, line by line.</summary>
    public static IEnumerable<ReviewEvent> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lastTimes = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var review = ParseLine(line, lineNumber);
            if (lastTimes.TryGetValue(review.CardId, out var previous) && review.Time < previous)
            {
                throw new ReviewLogFormatException(lineNumber, "time", $"goes backwards for card '{review.CardId}': {review.Time:O} is before its previous review at {previous:O}");
            }

            lastTimes[review.CardId] = review.Time;
            yield return review;
        }
    }

    /// <summary>One line as a review; <paramref name="lineNumber"/> is for the error message.</summary>
    public static ReviewEvent ParseLine(string line, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new ReviewLogFormatException(lineNumber, null, $"not JSON ({ex.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ReviewLogFormatException(lineNumber, null, $"expected a JSON object like {{\"card\": \"c1\", \"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}}, got a {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            return new ReviewEvent(ReadCard(root, lineNumber), ReadRating(root, lineNumber), ReadTime(root, lineNumber));
        }
    }

    private static JsonElement Field(JsonElement root, string name, int lineNumber) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new ReviewLogFormatException(lineNumber, name, "missing");

    private static string ReadCard(JsonElement root, int lineNumber)
    {
        var card = Field(root, "card", lineNumber);
        return card.ValueKind == JsonValueKind.String && card.GetString() is { Length: > 0 } id
            ? id
            : throw new ReviewLogFormatException(lineNumber, "card", $"must be a non-empty string, not {card.GetRawText()}");
    }

    private static Rating ReadRating(JsonElement root, int lineNumber)
    {
        var rating = Field(root, "rating", lineNumber);
        return rating.ValueKind == JsonValueKind.Number && rating.TryGetInt32(out var grade) && grade is >= 1 and <= 4
            ? (Rating)grade
            : throw new ReviewLogFormatException(lineNumber, "rating", $"must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not {rating.GetRawText()}");
    }

    private static DateTimeOffset ReadTime(JsonElement root, int lineNumber)
    {
        var time = Field(root, "time", lineNumber);
        var text = time.ValueKind == JsonValueKind.String ? time.GetString()! : "";
        return IsoTimestamp().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value.ToUniversalTime()
            : throw new ReviewLogFormatException(lineNumber, "time", $"must be an ISO-8601 time with a UTC offset such as \"2025-01-01T09:00:00Z\" or \"2025-01-01T09:00:00.25+00:00\", not {time.GetRawText()}");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoTimestamp();
}
