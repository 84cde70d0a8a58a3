namespace MlPrep.Judge.Runners;

/// <summary>
/// The outcome of running a whole program. <see cref="Status"/> is one of ok, time_limit,
/// memory_limit, runtime_error, compile_error, output_limit, internal_error.
/// </summary>
public sealed record RunResult(
    string Status,
    int? ExitCode,
    int? Signal,
    string Stdout,
    string Stderr,
    double TimeMs,
    long MemoryKb)
{
    public const string Ok = "ok";
    public const string TimeLimit = "time_limit";
    public const string MemoryLimit = "memory_limit";
    public const string RuntimeError = "runtime_error";
    public const string CompileError = "compile_error";
    public const string OutputLimit = "output_limit";
    public const string InternalError = "internal_error";
}
