using System.Text;
using MlPrep.Core.Problems;

namespace MlPrep.Judge.Harness;

/// <summary>
/// Writes the C# harness for a problem: it reads the tests, calls the submission's
/// <c>Solution.&lt;Method&gt;</c> once per test in one process, and writes one JSON line per test
/// on the original standard output, while the submission's Console output goes to standard error.
/// </summary>
public static class CSharpHarness
{
    public const string MainType = "MlPrepHarness";

    public static string Generate(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var arguments = new StringBuilder();
        for (var i = 0; i < problem.Parameters.Count; i++)
        {
            arguments.Append(i == 0 ? "" : ", ").Append($"args[{i}].Deserialize<{problem.Parameters[i].Type.CSharp}>(Options)");
        }

        return $$"""
            using System.Diagnostics;
            using System.Text.Json;
            using System.Text.Json.Nodes;
            using System.Text.Json.Serialization;

            public static class {{MainType}}
            {
                private static readonly JsonSerializerOptions Options = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
                private static Stream results;

                private static void Emit(JsonObject record)
                {
                    var bytes = Encoding.UTF8.GetBytes(record.ToJsonString(Options) + "\n");
                    results.Write(bytes, 0, bytes.Length);
                    results.Flush();
                }

                private static long PeakKb() => Process.GetCurrentProcess().PeakWorkingSet64 / 1024;

                public static void Main()
                {
                    results = Console.OpenStandardOutput();
                    Console.SetOut(Console.Error);
                    var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(Environment.GetEnvironmentVariable("MLPREP_WORK") ?? "/box", "tests.json"))).AsArray();
                    for (var index = 0; index < cases.Count; index++)
                    {
                        var args = cases[index].AsArray();
                        var clock = Stopwatch.StartNew();
                        try
                        {
                            var value = new Solution().{{problem.CSharpMethod}}({{arguments}});
                            Emit(new JsonObject { ["i"] = index, ["ok"] = true, ["value"] = JsonSerializer.SerializeToNode(value, Options), ["ms"] = clock.Elapsed.TotalMilliseconds, ["kb"] = PeakKb() });
                        }
                        catch (OutOfMemoryException)
                        {
                            Emit(new JsonObject { ["i"] = index, ["ok"] = false, ["memory"] = true, ["ms"] = clock.Elapsed.TotalMilliseconds, ["kb"] = PeakKb() });
                            return;
                        }
                        catch (Exception error)
                        {
                            var text = error.ToString();
                            Emit(new JsonObject { ["i"] = index, ["ok"] = false, ["type"] = error.GetType().Name, ["error"] = text.Length > 2000 ? text[..2000] : text, ["ms"] = clock.Elapsed.TotalMilliseconds, ["kb"] = PeakKb() });
                        }
                    }
                }
            }
            """;
    }
}
