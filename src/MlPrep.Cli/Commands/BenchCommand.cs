using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using MlPrep.Core.Curriculum;
using MlPrep.Judge;
using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;
using Spectre.Console;

namespace MlPrep.Cli.Commands;

/// <summary>
/// <c>mlprep bench judge</c>: throughput and latency of judging a trivial accepted submission,
/// per language, with 1 and 2 workers, and a burst of concurrent submissions.
/// </summary>
internal static class BenchCommand
{
    internal sealed record Measurement(string Language, string Scenario, int Workers, int Submissions, double PerSecond, double P50Ms, double P95Ms, int Accepted);

    public static Command Create()
    {
        var submissions = new Option<int>("--submissions") { Description = "Submissions per scenario", DefaultValueFactory = _ => 30 };
        var problemId = new Option<string>("--problem") { Description = "The problem whose reference solutions are submitted", DefaultValueFactory = _ => "two-sum" };
        var json = CommonOptions.Json();
        var contentDir = CommonOptions.ContentDir();
        var judgeBench = new Command("judge", "Judge throughput and p50/p95 latency per language: cold boxes with 1 and 2 workers and a burst of 20, then warm pre-started boxes") { submissions, problemId, json, contentDir };
        judgeBench.SetAction(async (parse, cancellationToken) =>
        {
            var dir = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (dir is null)
            {
                return 2;
            }

            var problem = CurriculumLoader.Load(dir).FindProblem(parse.GetValue(problemId)!);
            var environment = SandboxEnvironment.Detect();
            if (problem is null || environment.Problem is not null)
            {
                Console.Error.WriteLine($"error: {(problem is null ? $"no problem '{parse.GetValue(problemId)}'" : environment.Problem)}");
                return 2;
            }

            var sandbox = new BubblewrapSandbox(environment);
            var compiler = CSharpCompiler.Isolated();
            var cold = new ProblemJudge(sandbox, compiler);
            await using var pool = new WarmPool(sandbox, compiler);
            var warm = new ProblemJudge(sandbox, compiler, pool);
            var memory = problem.MemoryLimitMb * 1024L * 1024;
            var count = parse.GetValue(submissions);
            var results = new List<Measurement>();
            var harness = MlPrep.Judge.Harness.CSharpHarness.Generate(problem);
            compiler.Compile(problem.Solutions["csharp"], harness, MlPrep.Judge.Harness.CSharpHarness.MainType, cancellationToken);
            var compiles = new double[count];
            for (var i = 0; i < count; i++)
            {
                var one = Stopwatch.StartNew();
                compiler.Compile(problem.Solutions["csharp"], harness, MlPrep.Judge.Harness.CSharpHarness.MainType, cancellationToken);
                compiles[i] = one.Elapsed.TotalMilliseconds;
            }

            Array.Sort(compiles);
            results.Add(new Measurement("csharp", compiler.IsIsolated ? "compile only (compile server)" : "compile only (in process)", 1, count, count / (compiles.Sum() / 1000), Percentile(compiles, 0.50), Percentile(compiles, 0.95), count));
            foreach (var language in new[] { Language.Python, Language.CSharp })
            {
                var source = problem.Solutions[language.ToSlug()];
                await cold.JudgeAsync(problem, language, source, cancellationToken: cancellationToken); // loads Roslyn, fills caches
                foreach (var workers in new[] { 1, 2 })
                {
                    results.Add(await MeasureAsync(cold, problem, language, source, "sustained", workers, count, null, cancellationToken));
                }

                results.Add(await MeasureAsync(cold, problem, language, source, "burst of 20", 20, 20, null, cancellationToken));
                pool.Warm(language, memory);
                await pool.WaitReadyAsync(TimeSpan.FromSeconds(30));
                results.Add(await MeasureAsync(warm, problem, language, source, "warm box, one at a time", 1, count, pool, cancellationToken));
                foreach (var workers in new[] { 1, 2 })
                {
                    results.Add(await MeasureAsync(warm, problem, language, source, "warm pool, sustained", workers, count, null, cancellationToken));
                }
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { problem = problem.Id, processors = Environment.ProcessorCount, results }, CommonOptions.JsonOutput));
                return 0;
            }

            var table = new Table().RoundedBorder().Title($"Judging {problem.Id} ({problem.Tests.Count} tests), {Environment.ProcessorCount} cores");
            table.AddColumns("language", "scenario", "workers", "submissions", "per second", "p50 ms", "p95 ms", "accepted");
            foreach (var m in results)
            {
                table.AddRow(m.Language, m.Scenario, m.Workers.ToString(), m.Submissions.ToString(), m.PerSecond.ToString("0.00"), m.P50Ms.ToString("0"), m.P95Ms.ToString("0"), $"{m.Accepted}/{m.Submissions}");
            }

            AnsiConsole.Write(table);
            return 0;
        });

        return new Command("bench", "Measure MLPrep's speed") { judgeBench };
    }

    /// <summary>
    /// Judges <paramref name="count"/> submissions, <paramref name="workers"/> at a time. With
    /// <paramref name="paceOn"/>, each submission waits (untimed) until the pool is full again:
    /// the latency a learner sees when the server is not saturated.
    /// </summary>
    private static async Task<Measurement> MeasureAsync(ProblemJudge judge, Core.Problems.Problem problem, Language language, string source, string scenario, int workers, int count, WarmPool? paceOn, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(workers);
        var latencies = new double[count];
        var accepted = 0;
        var paused = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (paceOn is not null)
                {
                    var wait = Stopwatch.StartNew();
                    await paceOn.WaitReadyAsync(TimeSpan.FromSeconds(10));
                    paused += wait.Elapsed;
                }

                var one = Stopwatch.StartNew();
                var result = await judge.JudgeAsync(problem, language, source, cancellationToken: cancellationToken);
                latencies[i] = one.Elapsed.TotalMilliseconds;
                if (result.Verdict == Verdicts.Accepted)
                {
                    Interlocked.Increment(ref accepted);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        var elapsed = (clock.Elapsed - paused).TotalSeconds;
        Array.Sort(latencies);
        return new Measurement(language.ToSlug(), scenario, workers, count, count / elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.95), accepted);
    }

    private static double Percentile(double[] sorted, double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
