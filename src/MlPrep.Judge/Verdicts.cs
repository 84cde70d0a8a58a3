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

/// <summary>
/// The verdict of a submission: the first failing test decides it. <see cref="Stderr"/> holds what
/// the submission printed (the harness sends its prints there) and any error output.
/// </summary>
public sealed record JudgeResult(string Verdict, IReadOnlyList<TestVerdict> Tests, string? CompileOutput, string Stdout, string Stderr)
{
    /// <summary>What the function returned, per test run (null where it returned nothing or failed); for custom runs.</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonNode?> Answers { get; init; } = [];

    /// <summary>For a custom run: the reference solution's answer to the same input.</summary>
    public System.Text.Json.Nodes.JsonNode? Expected { get; init; }

    /// <summary>For a custom run: why the reference solution gave no answer (the input breaks the constraints).</summary>
    public string? ReferenceError { get; init; }
}

