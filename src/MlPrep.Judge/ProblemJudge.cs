using System.Text.Json;
using System.Text.Json.Nodes;
using MlPrep.Core.Problems;
using MlPrep.Judge.Harness;
using MlPrep.Judge.Problems;
using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;

namespace MlPrep.Judge;

/// <summary>
/// Judges a submission to a problem: all tests run in one sandboxed process through a harness,
/// the expected outputs never enter the box, and the answers are compared here.
/// </summary>
/// <remarks>With a <see cref="WarmPool"/>, a submission runs in a box whose interpreter or runtime is already loaded.</remarks>
public sealed class ProblemJudge(BubblewrapSandbox sandbox, CSharpCompiler compiler, WarmPool? pool = null)
{
    /// <summary>CPU time granted on top of a problem's limit for starting the interpreter or runtime.</summary>
    public static readonly TimeSpan StartupAllowance = TimeSpan.FromSeconds(1);

    public async Task<JudgeResult> JudgeAsync(Problem problem, Language language, string source, bool visibleOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(source);
        var tests = problem.Tests.Where(t => t.Visible || !visibleOnly).ToList();
        var limits = new SandboxLimits
        {
            CpuTime = problem.TimeLimit + StartupAllowance,
            WallTime = (3 * (problem.TimeLimit + StartupAllowance)) + TimeSpan.FromSeconds(2),
            MemoryBytes = problem.MemoryLimitMb * 1024L * 1024,
        };

        var testsJson = new JsonArray([.. tests.Select(t => (JsonNode)new JsonArray([.. t.Arguments.Select(a => a?.DeepClone())]))]).ToJsonString();
        var types = JsonSerializer.Serialize(problem.Parameters.Select(p => new object[] { p.Type.Scalar, p.Type.Rank }));
        byte[]? assembly = null;
        if (language == Language.CSharp)
        {
            (assembly, var errors) = compiler.Compile(source, CSharpHarness.Generate(problem), CSharpHarness.MainType, cancellationToken);
            if (assembly is null)
            {
                return new JudgeResult(Verdicts.CompilationError, [], string.Join('\n', errors), "", "");
            }
        }

        if (pool?.TryTake(language, limits.MemoryBytes) is { } warm)
        {
            try
            {
                var payload = language == Language.Python
                    ? WarmPool.PythonPayload(source, testsJson, problem.Function, types)
                    : WarmHost.Payload(assembly!, testsJson);
                return Score(problem, tests, await warm.Box.FinishAsync(payload, limits, cancellationToken));
            }
            finally
            {
                // Everything in the box is already dead; removing its cgroup and folder need not delay the verdict.
                pool.Retire(warm);
            }
        }

        using var box = BoxDirectory.Create();
        box.Write("tests.json", testsJson);
        var request = language == Language.Python
            ? PythonRequest(box, limits, source, problem.Function, types)
            : BoxCommands.Dotnet(box, assembly!, limits, []);
        var run = await sandbox.RunAsync(request, cancellationToken);
        return Score(problem, tests, run);
    }

    private static SandboxRequest PythonRequest(BoxDirectory box, SandboxLimits limits, string source, string function, string types)
    {
        box.Write("solution.py", source);
        box.Write("harness.py", PythonFiles.Harness);
        return BoxCommands.Python(box, limits, [], "/box/harness.py", function, types);
    }

    /// <summary>
    /// Runs a submission on the learner's own arguments. The expected answer comes from running
    /// the problem's reference Python solution on the same arguments in the same sandbox; when the
    /// reference itself fails (the input breaks the stated constraints), that is what is reported.
    /// </summary>
    public async Task<JudgeResult> RunCustomAsync(Problem problem, Language language, string source, IReadOnlyList<JsonNode?> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(arguments);
        var custom = problem with { Tests = [new TestCase(1, true, arguments, null)] };
        JsonNode? expected = null;
        string? referenceError = null;
        if (problem.Solutions.TryGetValue("python", out var reference))
        {
            var run = await JudgeAsync(custom, Language.Python, reference, cancellationToken: cancellationToken);
            if (run.Answers is [{ } answer])
            {
                expected = answer;
            }
            else
            {
                referenceError = $"the reference solution could not answer this input ({run.Verdict}): {run.Tests.FirstOrDefault()?.Message ?? run.Stderr}";
            }
        }

        var result = await JudgeAsync(custom with { Tests = [new TestCase(1, true, arguments, expected)] }, language, source, cancellationToken: cancellationToken);
        if (expected is null && result.Verdict == Verdicts.WrongAnswer)
        {
            // Nothing to compare with: the run itself succeeded.
            result = result with { Verdict = Verdicts.Accepted, Tests = [.. result.Tests.Select(t => t with { Passed = true, Message = null })] };
        }

        return result with { Expected = expected, ReferenceError = referenceError };
    }

    private static JudgeResult Score(Problem problem, List<TestCase> tests, SandboxResult run)
    {
        var stdout = ProgramRunner.Decode(run.Stdout);
        var stderr = ProgramRunner.Decode(run.Stderr);
        var records = new Dictionary<int, JsonObject>();
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            JsonObject? record = null;
            try
            {
                record = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException)
            {
            }

            if (record?["load"] is { } load)
            {
                var message = record["message"]?.GetValue<string>() ?? "";
                var verdict = load.GetValue<string>() == "syntax" ? Verdicts.CompilationError : Verdicts.RuntimeError;
                return new JudgeResult(verdict, [], verdict == Verdicts.CompilationError ? message : null, "", verdict == Verdicts.RuntimeError ? message : stderr);
            }

            if (record?["i"] is { } i && i.GetValueKind() == JsonValueKind.Number)
            {
                records[i.GetValue<int>()] = record;
            }
        }

        var verdicts = new List<TestVerdict>();
        var answers = new List<JsonNode?>();
        string? first = null;
        for (var k = 0; k < tests.Count; k++)
        {
            var test = tests[k];
            var label = test.Visible ? $"test {test.Index}" : $"hidden test {test.Index}";
            if (!records.TryGetValue(k, out var record))
            {
                var missing = run.Outcome switch
                {
                    SandboxOutcome.TimeLimit => Verdicts.TimeLimitExceeded,
                    SandboxOutcome.MemoryLimit => Verdicts.MemoryLimitExceeded,
                    SandboxOutcome.OutputLimit => Verdicts.OutputLimitExceeded,
                    _ when run.ExitCode != 0 => DiedOfMemory(stderr, run) ? Verdicts.MemoryLimitExceeded : Verdicts.RuntimeError,
                    _ => Verdicts.InternalError,
                };
                first ??= missing;
                var why = missing switch
                {
                    Verdicts.TimeLimitExceeded => $"{label}: time limit exceeded ({problem.TimeLimit.TotalSeconds:0.#} s for all tests)",
                    Verdicts.MemoryLimitExceeded => $"{label}: memory limit exceeded ({problem.MemoryLimitMb} MB)",
                    Verdicts.OutputLimitExceeded => $"{label}: too much output",
                    Verdicts.RuntimeError => $"{label}: the program died ({(run.Signal is { } s ? $"signal {s}" : $"exit code {run.ExitCode}")}) {Tail(stderr)}",
                    _ => $"{label}: no result",
                };
                verdicts.Add(new TestVerdict(test.Index, test.Visible, false, 0, run.MemoryKb, why));
                for (var rest = k + 1; rest < tests.Count; rest++)
                {
                    verdicts.Add(new TestVerdict(tests[rest].Index, tests[rest].Visible, false, 0, 0, "not run"));
                }

                break;
            }

            var ms = Math.Round(record["ms"]?.GetValue<double>() ?? 0, 2);
            var kb = record["kb"]?.GetValue<long>() ?? 0;
            if (record["ok"]?.GetValue<bool>() == true)
            {
                var actual = Canonical(problem.Returns, record["value"]);
                answers.Add(actual?.DeepClone());
                var passed = AnswerComparer.Matches(problem.Comparator, Canonical(problem.Returns, test.Expected), actual);
                if (!passed)
                {
                    first ??= Verdicts.WrongAnswer;
                }

                var message = passed ? null
                    : test.Visible ? $"{label}: input {Show(test.Arguments)}, expected {test.Expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}"
                    : $"{label}: wrong answer";
                verdicts.Add(new TestVerdict(test.Index, test.Visible, passed, ms, kb, message));
            }
            else
            {
                answers.Add(null);
                var memory = record["memory"]?.GetValue<bool>() == true;
                first ??= memory ? Verdicts.MemoryLimitExceeded : Verdicts.RuntimeError;
                var error = record["error"]?.GetValue<string>() ?? "";
                var type = record["type"]?.GetValue<string>() ?? "exception";
                verdicts.Add(new TestVerdict(test.Index, test.Visible, false, ms, kb, memory ? $"{label}: out of memory" : test.Visible ? $"{label}: {error}" : $"{label}: runtime error ({type})"));
            }
        }

        return new JudgeResult(first ?? Verdicts.Accepted, verdicts, null, "", stderr) { Answers = answers };
    }

    /// <summary>
    /// The one written form of a list or tree answer: a missing list or tree (None, null) is the
    /// empty array and a tree's level order loses its trailing nulls. Other answers are unchanged.
    /// </summary>
    private static JsonNode? Canonical(Core.Problems.ValueType type, JsonNode? value)
    {
        if (!type.IsNode)
        {
            return value;
        }

        if (type.Rank > 0)
        {
            return value is JsonArray items ? new JsonArray([.. items.Select(item => Canonical(type with { Rank = 0 }, item))]) : value?.DeepClone();
        }

        if (value is null)
        {
            return new JsonArray();
        }

        if (type.Scalar == Core.Problems.ValueType.TreeNode && value is JsonArray level && level.Count > 0 && level[^1] is null)
        {
            var trimmed = level.Select(v => v?.DeepClone()).ToList();
            while (trimmed.Count > 0 && trimmed[^1] is null)
            {
                trimmed.RemoveAt(trimmed.Count - 1);
            }

            return new JsonArray([.. trimmed]);
        }

        return value.DeepClone();
    }

    private static bool DiedOfMemory(string stderr, SandboxResult run) =>
        stderr.Contains("MemoryError", StringComparison.Ordinal) || stderr.Contains("OutOfMemoryException", StringComparison.Ordinal)
        || (run.Signal == 6 && stderr.Contains("Out of memory", StringComparison.Ordinal));

    private static string Show(IReadOnlyList<JsonNode?> arguments)
    {
        var text = string.Join(", ", arguments.Select(a => a?.ToJsonString() ?? "null"));
        return text.Length > 500 ? text[..500] + "…" : text;
    }

    private static string Tail(string text) => text.Length > 1500 ? "…" + text[^1500..] : text;
}
