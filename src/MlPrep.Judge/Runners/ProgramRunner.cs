using System.Globalization;
using System.Text;
using MlPrep.Judge.Sandbox;

namespace MlPrep.Judge.Runners;

/// <summary>
/// Runs a whole program (a Python script, or a C# file with top-level statements or a static
/// Main) in the sandbox on the given input: <c>mlprep run</c> and the "run on custom input"
/// playground.
/// </summary>
public sealed partial class ProgramRunner(BubblewrapSandbox sandbox, CSharpCompiler compiler)
{
    public const string Python = "/usr/bin/python3";

    public async Task<RunResult> RunAsync(Language language, string source, byte[] stdin, SandboxLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(limits);
        using var box = BoxDirectory.Create();
        SandboxRequest request;
        if (language == Language.Python)
        {
            box.Write("main.py", source);
            request = BoxCommands.Python(box, limits, stdin, "/box/main.py");
        }
        else
        {
            var (assembly, errors) = compiler.Compile(source, cancellationToken);
            if (assembly is null)
            {
                return new RunResult(RunResult.CompileError, null, null, "", string.Join('\n', errors), 0, 0);
            }

            request = BoxCommands.Dotnet(box, assembly, limits, stdin);
        }

        var result = await sandbox.RunAsync(request, cancellationToken);
        return Interpret(language, result);
    }

    /// <summary>
    /// .NET in a box: no diagnostics IPC, invariant globalization, and a GC heap limit at 75% of
    /// the memory limit so that running out of memory ends in a clean OutOfMemoryException.
    /// </summary>
    public static Dictionary<string, string> DotnetEnvironment(SandboxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new Dictionary<string, string>
        {
            ["DOTNET_ROOT"] = CSharpCompiler.DotnetRoot,
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_GCHeapHardLimit"] = (limits.MemoryBytes * 3 / 4).ToString("X", CultureInfo.InvariantCulture),
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_TieredPGO"] = "0",
        };
    }

    private static RunResult Interpret(Language language, SandboxResult run)
    {
        var stdout = Decode(run.Stdout);
        var stderr = Decode(run.Stderr);
        var status = run.Outcome switch
        {
            SandboxOutcome.TimeLimit => RunResult.TimeLimit,
            SandboxOutcome.MemoryLimit => RunResult.MemoryLimit,
            SandboxOutcome.OutputLimit => RunResult.OutputLimit,
            _ when run.ExitCode == 0 => RunResult.Ok,
            _ when run.ExitCode == 125 && stdout.Length == 0 && stderr.Length == 0 => RunResult.InternalError,
            _ when DiedOfMemory(language, run, stderr) => RunResult.MemoryLimit,
            _ => RunResult.RuntimeError,
        };
        return new RunResult(status, run.ExitCode, run.Signal, stdout, stderr, run.TimeMs, run.MemoryKb);
    }

    /// <summary>A MemoryError traceback, or .NET's "Out of memory." abort, is a memory verdict, not a crash.</summary>
    private static bool DiedOfMemory(Language language, SandboxResult run, string stderr) => language switch
    {
        Language.Python => PythonMemoryError().IsMatch(LastLine(stderr)),
        _ => stderr.Contains("OutOfMemoryException", StringComparison.Ordinal) || (run.Signal == 6 && stderr.Contains("Out of memory", StringComparison.Ordinal)),
    };

    private static string LastLine(string text) =>
        text.TrimEnd().Split('\n').LastOrDefault() ?? "";

    /// <summary>The last line of a traceback for MemoryError or numpy's _ArrayMemoryError.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^([\w.]*\.)?_?\w*MemoryError\b")]
    private static partial System.Text.RegularExpressions.Regex PythonMemoryError();

    /// <summary>Output as text: invalid UTF-8 becomes U+FFFD and NUL bytes are shown as \0, so any output can be stored and displayed.</summary>
    public static string Decode(byte[] bytes) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes).Replace("\0", "\\0", StringComparison.Ordinal);
}
