using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;

namespace MlPrep.Cli.Commands;

/// <summary><c>mlprep run</c>: a whole program in the judge's sandbox, on the given input.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var language = new Option<string>("--lang") { Description = "python or csharp", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "The program: a Python script, or a C# file with top-level statements or a static Main", Required = true };
        var stdin = new Option<FileInfo?>("--stdin") { Description = "A file to feed to the program's standard input (default: empty)" };
        var timeLimit = new Option<double>("--time-limit") { Description = "CPU seconds (the wall-clock limit is this plus 3 s)", DefaultValueFactory = _ => 2 };
        var memoryLimit = new Option<int>("--memory-limit") { Description = "Megabytes of memory for all the program's processes", DefaultValueFactory = _ => 256 };
        var json = CommonOptions.Json();
        language.Validators.Add(r =>
        {
            if (!LanguageNames.TryParse(r.GetValueOrDefault<string>(), out _))
            {
                r.AddError($"--lang must be python or csharp, not '{r.GetValueOrDefault<string>()}'");
            }
        });
        timeLimit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or > 60)
            {
                r.AddError("--time-limit must be more than 0 and at most 60 seconds");
            }
        });
        memoryLimit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 16 or > 4096)
            {
                r.AddError("--memory-limit must be between 16 and 4096 MB");
            }
        });

        var command = new Command("run", "Run a whole program in the sandbox and report how it ended") { language, file, stdin, timeLimit, memoryLimit, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"error: --file {source.FullName} does not exist");
                return 2;
            }

            var input = parse.GetValue(stdin);
            if (input is { Exists: false })
            {
                Console.Error.WriteLine($"error: --stdin {input.FullName} does not exist");
                return 2;
            }

            var environment = SandboxEnvironment.Detect();
            if (environment.Problem is { } problem)
            {
                Console.Error.WriteLine($"error: {problem}");
                return 2;
            }

            LanguageNames.TryParse(parse.GetValue(language), out var lang);
            var seconds = parse.GetValue(timeLimit);
            var limits = new SandboxLimits
            {
                CpuTime = TimeSpan.FromSeconds(seconds),
                WallTime = TimeSpan.FromSeconds(seconds + 3),
                MemoryBytes = parse.GetValue(memoryLimit) * 1024L * 1024,
            };
            var runner = new ProgramRunner(new BubblewrapSandbox(environment), CSharpCompiler.Isolated());
            var result = await runner.RunAsync(lang, await File.ReadAllTextAsync(source.FullName, cancellationToken), input is null ? [] : await File.ReadAllBytesAsync(input.FullName, cancellationToken), limits, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(result, CommonOptions.JsonOutput));
            }
            else
            {
                Console.Write(result.Stdout);
                Console.Error.Write(result.Stderr);
                Console.Error.WriteLine($"[{result.Status}] exit {result.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "-"}{(result.Signal is { } s ? $", signal {s}" : "")}, {result.TimeMs:0} ms CPU, {result.MemoryKb / 1024.0:0.0} MB peak");
            }

            return result.Status == RunResult.InternalError ? 3 : 0;
        });
        return command;
    }
}
