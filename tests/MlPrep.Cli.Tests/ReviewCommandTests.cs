using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace MlPrep.Cli.Tests;

/// <summary>
/// <c>mlprep review</c> as a script drives it: the built command in its own process, keys piped into standard
/// input one character each, the grades read back from the SQLite database. The content is a copy of the roadmap
/// with one small topic, so the cards and their order are known.
/// </summary>
public sealed class ReviewCommandTests : IDisposable
{
    private const string Topic = "ml.knn";

    private readonly string _root = TestRepo.NewTempDir("review");
    private readonly string _content;
    private readonly string _data;

    public ReviewCommandTests()
    {
        _content = Path.Combine(_root, "content");
        _data = Path.Combine(_root, "data");
        Directory.CreateDirectory(Path.Combine(_content, "topics", "ml"));
        File.Copy(Path.Combine(TestRepo.Content, "roadmap.yaml"), Path.Combine(_content, "roadmap.yaml"));
        File.WriteAllText(Path.Combine(_content, "topics", "ml", $"{Topic}.md"), """
            ---
            id: ml.knn
            title: k-nearest neighbours
            summary: Predict from the closest stored examples.
            cards:
              - q: What does kNN do at training time?
                a: It only **stores** the training set.
              - q: What is the cost of one brute-force query against $n$ points with $d$ features?
                a: '$O(nd)$ for the distances.'
              - q: How does a larger $k$ move bias and variance?
                a: Bias up, variance down.
            ---
            ## Intuition

            Neighbours vote.
            """);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Runs <c>mlprep</c> from the test's output folder with <paramref name="keys"/> as standard input.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string keys, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mlprep.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(keys);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mlprep {string.Join(' ', args)} did not finish: {await output}{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    private Task<(int ExitCode, string Output, string Error)> ReviewAsync(string keys, params string[] extra) =>
        RunAsync(keys, ["review", "--topic", Topic, "--content-dir", _content, "--data-dir", _data, .. extra]);

    /// <summary>The review log in the database, oldest first: card id and rating.</summary>
    private List<(string Card, long Rating)> ReviewLog()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "mlprep.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select CardId, Rating from review_log order by Id";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }

    [Fact]
    public async Task Review_PipedKeys_GradeUndoAndQuit_StoreTheGradesAndPrintTheSummary()
    {
        // Card 1: show, Good. Card 2: show, Easy, then undo (card 2 comes back), show, Again. Then quit.
        var (exitCode, output, error) = await ReviewAsync(" 3 4u 1q");

        Assert.True(exitCode == 0, error);
        Assert.Contains("What does kNN do at training time?", output, StringComparison.Ordinal);
        Assert.Contains("It only stores the training set.", output, StringComparison.Ordinal);
        Assert.Contains("What is the cost of one brute-force query against $n$ points with $d$", output, StringComparison.Ordinal);
        Assert.Contains("$O(nd)$ for the distances.", output, StringComparison.Ordinal); // LaTeX as written
        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= 80, $"wrapped to 80 columns: '{line}'"));
        Assert.Contains("1 Again 1m   2 Hard 6m   3 Good 10m   4 Easy", output, StringComparison.Ordinal);
        Assert.Contains("Good: next in 10m.", output, StringComparison.Ordinal);
        Assert.Contains("Last grade undone", output, StringComparison.Ordinal);
        Assert.Contains("Again: next in 1m.", output, StringComparison.Ordinal);
        Assert.Contains("Session stopped", output, StringComparison.Ordinal);
        Assert.Contains("Cards reviewed  2", output, StringComparison.Ordinal);
        Assert.Contains("Accuracy        50% (1 of 2 not Again)", output, StringComparison.Ordinal);
        Assert.Matches(@"Time            \d+ s", output);
        Assert.Contains("Still to review 1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\e[", output, StringComparison.Ordinal); // no colour when output is not a terminal
        Assert.Equal([($"{Topic}/c1", 3L), ($"{Topic}/c2", 1L)], ReviewLog());
    }

    [Fact]
    public async Task Review_SecondRun_FindsTheGradedCardsNotDue()
    {
        var first = await ReviewAsync(" 4 4 4");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Session done", first.Output, StringComparison.Ordinal);
        Assert.Contains("Cards reviewed  3", first.Output, StringComparison.Ordinal);
        Assert.Contains("Accuracy        100% (3 of 3 not Again)", first.Output, StringComparison.Ordinal);
        Assert.Equal(3, ReviewLog().Count);

        var second = await ReviewAsync("q");

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("Nothing to review now", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("What does kNN do", second.Output, StringComparison.Ordinal);
        Assert.Matches(@"Next due        in \d+ days", second.Output);
    }

    [Fact]
    public async Task Review_KeysOutOfTurn_AreIgnored_AndTheEndOfInputQuits()
    {
        // A grade before the answer is shown, and an undo with nothing graded, do nothing; then show, Hard, and the input ends.
        var (exitCode, output, error) = await ReviewAsync("3u 2");

        Assert.True(exitCode == 0, error);
        Assert.DoesNotContain("Last grade undone", output, StringComparison.Ordinal);
        Assert.Contains("Hard: next in 6m.", output, StringComparison.Ordinal);
        Assert.Equal([($"{Topic}/c1", 2L)], ReviewLog());
    }

    [Fact]
    public async Task Review_NewPerDayLimit_BoundsTheNewCards()
    {
        var (exitCode, output, error) = await ReviewAsync(" 3 3 3", "--new-per-day", "2");

        Assert.True(exitCode == 0, error);
        Assert.Contains("[2 to go · 0 due, 2 new · 0 reviewed]", output, StringComparison.Ordinal);
        Assert.Equal(2, ReviewLog().Count);
    }

    [Theory]
    [InlineData("--area", "physics", "--area: there is no area 'physics' in the roadmap")]
    [InlineData("--section", "ml.nope", "--section: there is no section 'ml.nope' in the roadmap")]
    [InlineData("--new-per-day", "501", "--new-per-day must be between 0 and 500")]
    public async Task Review_BadOption_ExitsNonZero_NamingTheOption(string option, string value, string message)
    {
        var (exitCode, _, error) = await RunAsync("", "review", option, value, "--content-dir", _content, "--data-dir", _data);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, "mlprep.db")), "nothing is written for a bad option");
    }

    [Fact]
    public async Task Review_TwoScopes_IsAnError()
    {
        var (exitCode, _, error) = await RunAsync("", "review", "--area", "ml", "--topic", Topic, "--content-dir", _content, "--data-dir", _data);

        Assert.Equal(2, exitCode);
        Assert.Contains("give one of area, section or topic", error, StringComparison.Ordinal);
    }
}
