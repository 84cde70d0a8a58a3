using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MlPrep.Core.Srs;

namespace MlPrep.Cli.Tests;

/// <summary>
/// <c>mlprep srs replay</c> and <c>mlprep srs optimize</c> as a script calls them: review lines on standard input, JSON
/// lines out, exit code 2 and a message naming the line and field for bad input. The replay is checked against the
/// py-fsrs fixtures of MlPrep.Core.Tests (cards interleaved in time order). Standard input is the process's, so these
/// tests live in one class and run one at a time; output goes through the invocation's own writers.
/// </summary>
public sealed class SrsReplayTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(TestRepo.Root, "tests", "MlPrep.Core.Tests", "Fixtures", "fsrs");

    private readonly string _root = TestRepo.NewTempDir("srs");

    private sealed record Expected(string Card, int Rating, string RawTime, DateTimeOffset Time, string State, double Stability, double Difficulty, DateTimeOffset Due);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var oldIn = Console.In;
        Console.SetIn(new StringReader(input));
        try
        {
            var exitCode = await CliApp.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetIn(oldIn);
        }
    }

    /// <summary>The fixture file's sequences as one interleaved replay input, and what py-fsrs said after each line.</summary>
    private static (string Input, List<Expected> Expected, JsonElement First) LoadFixture(string file)
    {
        var events = new List<Expected>();
        JsonElement first = default;
        foreach (var line in File.ReadLines(Path.Combine(Fixtures, file)).Where(l => l.Length > 0))
        {
            var sequence = JsonDocument.Parse(line).RootElement;
            first = first.ValueKind == JsonValueKind.Undefined ? sequence : first;
            var card = sequence.GetProperty("id").GetString()!;
            foreach (var review in sequence.GetProperty("reviews").EnumerateArray())
            {
                events.Add(new Expected(
                    card,
                    review.GetProperty("rating").GetInt32(),
                    review.GetProperty("time").GetString()!,
                    review.GetProperty("time").GetDateTimeOffset(),
                    review.GetProperty("state").GetString()!,
                    review.GetProperty("stability").GetDouble(),
                    review.GetProperty("difficulty").GetDouble(),
                    review.GetProperty("due").GetDateTimeOffset()));
            }
        }

        var ordered = events.OrderBy(e => e.Time).ToList(); // a stable sort keeps each card's reviews in order
        var input = new StringBuilder();
        foreach (var e in ordered)
        {
            input.Append(CultureInfo.InvariantCulture, $"{{\"card\": \"{e.Card}\", \"rating\": {e.Rating}, \"time\": \"{e.RawTime}\"}}\n");
        }

        return (input.ToString(), ordered, first);
    }

    private static void AssertAgrees(List<Expected> expected, string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var actual = JsonDocument.Parse(lines[i]).RootElement;
            var want = expected[i];
            var where = $"line {i + 1} ({want.Card})";
            Assert.Equal(want.Card, actual.GetProperty("card").GetString());
            Assert.True(want.State == actual.GetProperty("state").GetString(), $"{where}: state {actual.GetProperty("state")}, reference {want.State}");
            Assert.True(Close(actual.GetProperty("stability").GetDouble(), want.Stability), $"{where}: stability {actual.GetProperty("stability")}, reference {want.Stability}");
            Assert.True(Close(actual.GetProperty("difficulty").GetDouble(), want.Difficulty), $"{where}: difficulty {actual.GetProperty("difficulty")}, reference {want.Difficulty}");
            var due = actual.GetProperty("due").GetString()!;
            Assert.EndsWith("Z", due, StringComparison.Ordinal);
            var gap = (DateTimeOffset.Parse(due, CultureInfo.InvariantCulture) - want.Due).Duration();
            Assert.True(gap <= TimeSpan.FromSeconds(1), $"{where}: due {due}, reference {want.Due:O}");
        }
    }

    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= 1e-4 * Math.Abs(expected);

    [Fact]
    public async Task Replay_DefaultParameters_AgreesWithReference()
    {
        var (input, expected, _) = LoadFixture("default.jsonl");

        var (exitCode, output, error) = await RunAsync(input, "srs", "replay", "--json");

        Assert.True(exitCode == 0, error);
        Assert.True(expected.Count > 1000);
        AssertAgrees(expected, output);
    }

    [Theory]
    [InlineData("params-a.jsonl")]
    [InlineData("params-b.jsonl")]
    [InlineData("params-c.jsonl")]
    public async Task Replay_GivenParametersAndRetention_AgreesWithReference(string file)
    {
        var (input, expected, first) = LoadFixture(file);
        var parameters = string.Join(",", first.GetProperty("parameters").EnumerateArray().Select(p => p.GetRawText()));
        var retention = first.GetProperty("desiredRetention").GetRawText();

        var (exitCode, output, error) = await RunAsync(input, "srs", "replay", "--params", parameters, "--retention", retention);

        Assert.True(exitCode == 0, error);
        AssertAgrees(expected, output);
    }

    [Fact]
    public async Task Replay_PrintsTheDocumentedFields()
    {
        var (exitCode, output, _) = await RunAsync("{\"card\": \"c1\", \"rating\": 3, \"time\": \"2025-01-01T09:00:00.5Z\"}\n", "srs", "replay", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["card", "state", "stability", "difficulty", "due"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Learning", json.RootElement.GetProperty("state").GetString());
        Assert.Equal(2.3065, json.RootElement.GetProperty("stability").GetDouble());
        Assert.Equal("2025-01-01T09:10:00.5Z", json.RootElement.GetProperty("due").GetString());
    }

    [Theory]
    [InlineData("{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}\nnot json\n", "line 2: not JSON")]
    [InlineData("{\"card\": \"a\", \"time\": \"2025-01-01T09:00:00Z\"}\n", "line 1, field 'rating': missing")]
    [InlineData("{\"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}\n", "line 1, field 'card': missing")]
    [InlineData("{\"card\": \"a\", \"rating\": 3}\n", "line 1, field 'time': missing")]
    [InlineData("{\"card\": \"a\", \"rating\": 0, \"time\": \"2025-01-01T09:00:00Z\"}\n", "line 1, field 'rating': must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not 0")]
    [InlineData("{\"card\": \"a\", \"rating\": 5, \"time\": \"2025-01-01T09:00:00Z\"}\n", "line 1, field 'rating': must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not 5")]
    [InlineData("{\"card\": \"a\", \"rating\": 3, \"time\": \"yesterday\"}\n", "line 1, field 'time': must be an ISO-8601 time")]
    [InlineData("{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-02T09:00:00Z\"}\n{\"card\": \"b\", \"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}\n{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}\n", "line 3, field 'time': goes backwards for card 'a'")]
    public async Task Replay_BadInput_ExitsWithTwoAndNamesLineAndField(string input, string message)
    {
        var (exitCode, _, error) = await RunAsync(input, "srs", "replay", "--json");

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--params", "0.212,1.2931,2.3065", "--params needs 21 comma-separated numbers (w0..w20), got 3")]
    [InlineData("--params", "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542,1", "got 22")]
    [InlineData("--params", "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,x", "w20 = 'x' is not a number")]
    [InlineData("--params", "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.95", "w20 = 0.95 is outside [0.1, 0.8]")]
    [InlineData("--retention", "0.5", "desired retention must be between 0.70 and 0.99, not 0.5")]
    [InlineData("--retention", "high", "--retention: 'high' is not a number")]
    public async Task Replay_BadOptions_ExitWithTwoBeforeReadingInput(string option, string value, string message)
    {
        var (exitCode, output, error) = await RunAsync("{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}\n", "srs", "replay", option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_Simulated_LowersHeldOutLogLoss()
    {
        var (exitCode, output, error) = await RunAsync("", "srs", "optimize", "--simulate", "2000", "--seed", "7", "--json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2000, root.GetProperty("reviews").GetInt32());
        Assert.True(root.GetProperty("after").GetProperty("logLoss").GetDouble() < root.GetProperty("before").GetProperty("logLoss").GetDouble());
        Assert.True(root.GetProperty("adopted").GetBoolean());
        Assert.Equal(21, root.GetProperty("parameters").GetArrayLength());
        Assert.True(root.GetProperty("trueParametersHeldOut").GetProperty("logLoss").GetDouble() < root.GetProperty("before").GetProperty("logLoss").GetDouble());
        foreach (var field in new[] { "count", "logLoss", "rmseBins" })
        {
            Assert.True(root.GetProperty("before").TryGetProperty(field, out _), $"before has '{field}'");
        }
    }

    [Fact]
    public async Task Optimize_LogFile_ReadsTheReplayFormat()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "log.jsonl");
        var log = new ReviewSimulator(ReviewSimulator.ExampleTrueParameters).Simulate(1500, seed: 3);
        File.WriteAllLines(file, log.Select(r => JsonSerializer.Serialize(new { card = r.CardId, rating = (int)r.Rating, time = r.Time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) })));

        var (exitCode, output, error) = await RunAsync("", "srs", "optimize", "--log", file);

        Assert.True(exitCode == 0, error);
        Assert.Contains("log loss", output, StringComparison.Ordinal);
        Assert.Contains("RMSE(bins)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "give exactly one of --simulate N")]
    [InlineData(new[] { "--simulate", "10" }, "--simulate must be between 100 and 2000000")]
    [InlineData(new[] { "--log", "/nonexistent/log.jsonl" }, "does not exist")]
    public async Task Optimize_BadArguments_ExitWithTwo(string[] args, string message)
    {
        var (exitCode, _, error) = await RunAsync("", ["srs", "optimize", .. args]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_BadLogLine_NamesFileLineAndField()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "bad.jsonl");
        File.WriteAllText(file, "{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-01T09:00:00Z\"}\n{\"card\": \"a\", \"rating\": 9, \"time\": \"2025-01-02T09:00:00Z\"}\n");

        var (exitCode, _, error) = await RunAsync("", "srs", "optimize", "--log", file);

        Assert.Equal(2, exitCode);
        Assert.Contains("bad.jsonl line 2, field 'rating'", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
