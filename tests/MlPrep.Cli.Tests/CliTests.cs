using System.Text.Json;

namespace MlPrep.Cli.Tests;

/// <summary>
/// The verbs as a script would call them: JSON on standard output and meaningful exit codes.
/// They write to the process console, so these tests live in one class and run one at a time.
/// </summary>
public sealed class CliTests : IDisposable
{
    private readonly string _root = TestRepo.NewTempDir("cli");

    private static readonly string Content = TestRepo.Content;

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exitCode = await CliApp.Create().Parse(args).InvokeAsync();
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Fact]
    public async Task ContentCheck_Json_HasTheDocumentedShape()
    {
        var (exitCode, output, _) = await RunAsync("content", "check", "--json", "--content-dir", Content);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        var ml = root.GetProperty("areas").GetProperty("ml");
        Assert.Equal(39, ml.GetProperty("expected").GetInt32());
        Assert.True(ml.GetProperty("covered").GetInt32() >= 16);
        Assert.True(ml.GetProperty("cards").GetInt32() >= 96);
        Assert.True(ml.GetProperty("quiz").GetInt32() >= 64);
        Assert.True(ml.GetProperty("words").GetInt32() >= 6400);
        Assert.Equal(9, root.GetProperty("areas").EnumerateObject().Count());
        foreach (var area in root.GetProperty("areas").EnumerateObject())
        {
            Assert.Equal(area.Value.GetProperty("expected").GetInt32(), area.Value.GetProperty("covered").GetInt32());
        }

        Assert.Equal(0, root.GetProperty("missing").GetArrayLength());
    }

    [Fact]
    public async Task ContentCheck_BrokenFile_ExitsWithOneAndNamesFileAndLine()
    {
        var content = Path.Combine(_root, "content");
        Directory.CreateDirectory(Path.Combine(content, "topics", "ml"));
        File.Copy(Path.Combine(Content, "roadmap.yaml"), Path.Combine(content, "roadmap.yaml"));
        File.WriteAllText(Path.Combine(content, "topics", "ml", "ml.knn.md"), "---\nid: ml.knn\ntitle: k-NN\nsummary: s\nquiz:\n  - q: Which?\n    choices: [a, b]\n    answer: 2\n    explain: e\n---\n");

        var (exitCode, output, _) = await RunAsync("content", "check", "--json", "--content-dir", content);

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("content/topics/ml/ml.knn.md", error.GetProperty("file").GetString());
        Assert.Equal(8, error.GetProperty("line").GetInt32());
        Assert.Contains("out of range", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Json_RanksRegularizationInTopThree()
    {
        var (exitCode, output, _) = await RunAsync("search", "lasso ridge penalty", "--json", "--limit", "3", "--content-dir", Content);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.InRange(results.Count, 1, 3);
        Assert.Contains(results, r => r.GetProperty("id").GetString() == "ml.regularization-linear");
        foreach (var field in new[] { "kind", "id", "topic", "title", "score", "snippet" })
        {
            Assert.True(results[0].TryGetProperty(field, out _), $"result has '{field}'");
        }
    }

    [Fact]
    public async Task Search_LimitOutOfRange_IsAnError()
    {
        var (exitCode, _, error) = await RunAsync("search", "svm", "--limit", "0", "--content-dir", Content);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--limit must be between 1 and 100", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_Json_ReportsEveryCheckWithAFix()
    {
        var (exitCode, output, _) = await RunAsync("doctor", "--json", "--content-dir", Content, "--data-dir", Path.Combine(_root, "data"));

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal([".NET", "content", "data folder", "python3 + numpy", "bubblewrap", "sandbox", "chromium", "node"], checks.Select(c => c.GetProperty("name").GetString()));
        Assert.All(checks.Where(c => !c.GetProperty("ok").GetBoolean()), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("fix").GetString())));
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Judge_Json_GivesTheVerdictAndEveryTest()
    {
        var (exitCode, output, error) = await RunAsync("judge", "--problem", "two-sum", "--lang", "python", "--file", Path.Combine(Content, "problems", "two-sum", "solution.py"), "--json", "--content-dir", Content);

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Accepted", json.RootElement.GetProperty("verdict").GetString());
        var test = json.RootElement.GetProperty("tests")[0];
        foreach (var field in new[] { "index", "visible", "passed", "timeMs", "memoryKb", "message" })
        {
            Assert.True(test.TryGetProperty(field, out _), $"test has '{field}'");
        }
    }

    [Fact]
    public async Task ProblemsList_Json_HasTheDocumentedShape()
    {
        var (exitCode, output, error) = await RunAsync("problems", "list", "--json", "--content-dir", Content);

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var problems = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Directory.GetDirectories(Path.Combine(Content, "problems")).Length, problems.Count);
        var twoSum = problems.Single(p => p.GetProperty("id").GetString() == "two-sum");
        Assert.Equal("dsa", twoSum.GetProperty("kind").GetString());
        Assert.Equal("easy", twoSum.GetProperty("difficulty").GetString());
        Assert.Equal("arrays-hashing", twoSum.GetProperty("pattern").GetString());
        Assert.Equal("coding.hashing", twoSum.GetProperty("topics")[0].GetString());
        Assert.Equal(JsonValueKind.Null, problems.First(p => p.GetProperty("kind").GetString() == "ml").GetProperty("pattern").ValueKind);
    }

    [Fact]
    public async Task ProblemsList_ByPatternPath_FollowsThePatternOrder()
    {
        var (exitCode, output, _) = await RunAsync("problems", "list", "--json", "--path", "patterns", "--content-dir", Content);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var order = json.RootElement.EnumerateArray().Select(p => Core.Problems.Patterns.Order(p.GetProperty("pattern").GetString())).ToList();
        Assert.Equal(order.Order(), order);
        Assert.All(json.RootElement.EnumerateArray(), p => Assert.Equal("dsa", p.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task ProblemsList_UnknownPattern_NamesTheOptionAndThePatterns()
    {
        var (exitCode, _, error) = await RunAsync("problems", "list", "--pattern", "hashing", "--content-dir", Content);

        Assert.Equal(2, exitCode);
        Assert.Contains("--pattern 'hashing' is not a pattern", error, StringComparison.Ordinal);
        Assert.Contains("arrays-hashing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProblemsCheck_Json_ReportsEachSolutionsVerdictAndASummary()
    {
        var (exitCode, output, error) = await RunAsync("problems", "check", "--only", "two-sum,softmax", "--json", "--content-dir", Content);

        Assert.True(exitCode == 0, error + output);
        using var json = JsonDocument.Parse(output);
        var problems = json.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(["two-sum", "softmax"], problems.Select(p => p.GetProperty("id").GetString()).Order().Reverse());
        Assert.All(problems, p =>
        {
            Assert.Equal("Accepted", p.GetProperty("references").GetProperty("python").GetString());
            Assert.Equal("Accepted", p.GetProperty("references").GetProperty("csharp").GetString());
            Assert.NotEqual("Accepted", p.GetProperty("wrong").GetString());
        });
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("total").GetInt32());
        Assert.Equal(2, summary.GetProperty("ok").GetInt32());
        Assert.Equal(0, summary.GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task ProblemsCheck_AProblemWhoseWrongSolutionPasses_ExitsWithOne()
    {
        var content = Path.Combine(_root, "content");
        var folder = Path.Combine(content, "problems", "softmax");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Content, "roadmap.yaml"), Path.Combine(content, "roadmap.yaml"));
        foreach (var file in Directory.GetFiles(Path.Combine(Content, "problems", "softmax")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(folder, "solution.py"), Path.Combine(folder, "wrong.py"), overwrite: true);

        var (exitCode, output, _) = await RunAsync("problems", "check", "--only", "softmax", "--content-dir", content);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL softmax", output, StringComparison.Ordinal);
        Assert.Contains("wrong.py was accepted", output, StringComparison.Ordinal);
        Assert.Contains("1 problems checked: 0 ok, 1 failed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Json_ReportsStatusOutputAndResources()
    {
        Directory.CreateDirectory(_root);
        var program = Path.Combine(_root, "echo.py");
        var input = Path.Combine(_root, "in.txt");
        File.WriteAllText(program, "import sys\nprint(sys.stdin.read().upper())\nsys.exit(4)");
        File.WriteAllText(input, "hello");

        var (exitCode, output, error) = await RunAsync("run", "--lang", "python", "--file", program, "--stdin", input, "--json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("runtime_error", root.GetProperty("status").GetString());
        Assert.Equal(4, root.GetProperty("exitCode").GetInt32());
        Assert.Equal("HELLO\n", root.GetProperty("stdout").GetString());
        foreach (var field in new[] { "signal", "stderr", "timeMs", "memoryKb" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"result has '{field}'");
        }
    }

    [Fact]
    public async Task MissingContentFolder_SaysWhatToDo()
    {
        var (exitCode, _, error) = await RunAsync("content", "check", "--content-dir", Path.Combine(_root, "nowhere"));

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
