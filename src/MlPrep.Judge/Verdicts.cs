namespace MlPrep.Judge;

/// <summary>The verdict names of <c>mlprep judge</c> and the web app.</summary>
public static class Verdicts
{
    public const string Accepted = "Accepted";
    public const string WrongAnswer = "WrongAnswer";
    public const string TimeLimitExceeded = "TimeLimitExceeded";
    public const string MemoryLimitExceeded = "MemoryLimitExceeded";
    public const string RuntimeError = "RuntimeError";
    public const string CompilationError = "CompilationError";
    public const string OutputLimitExceeded = "OutputLimitExceeded";
    public const string InternalError = "InternalError";
}

/// <summary>One test's outcome. <see cref="Message"/> explains a failure; for a hidden test it names only its index.</summary>
public sealed record TestVerdict(int Index, bool Visible, bool Passed, double TimeMs, long MemoryKb, string? Message);

/// <summary>The verdict of a submission: the first failing test decides it.</summary>
public sealed record JudgeResult(string Verdict, IReadOnlyList<TestVerdict> Tests, string? CompileOutput, string Stdout, string Stderr);
