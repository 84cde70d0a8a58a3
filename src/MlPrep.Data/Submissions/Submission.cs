namespace MlPrep.Data.Submissions;

/// <summary>
/// One run or submission of code to a problem: the code and language as sent, and, once the
/// judge has finished, the verdict, the counts and the per-test results (as JSON). Keyed by the
/// stable problem id, so editing a problem never loses a learner's history.
/// </summary>
public sealed class Submission
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string ProblemId { get; set; }

    /// <summary><c>python</c> or <c>csharp</c>.</summary>
    public required string Language { get; set; }

    /// <summary><c>run</c> (the visible tests), <c>custom</c> (the learner's own input) or <c>submit</c> (every test).</summary>
    public required string Mode { get; set; }

    public required string Code { get; set; }

    /// <summary>The arguments of a custom run, as a JSON array; null otherwise.</summary>
    public string? Input { get; set; }

    /// <summary><c>queued</c>, <c>running</c> or <c>done</c>.</summary>
    public string Status { get; set; } = SubmissionStatus.Queued;

    /// <summary>The verdict name once done (see the judge's Verdicts).</summary>
    public string? Verdict { get; set; }

    public int Passed { get; set; }

    public int Total { get; set; }

    /// <summary>The slowest test's time.</summary>
    public double? TimeMs { get; set; }

    /// <summary>The highest peak memory of any test.</summary>
    public long? MemoryKb { get; set; }

    /// <summary>The whole result (tests, compiler output, printed output) as JSON.</summary>
    public string? ResultJson { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }
}

/// <summary>A learner's record on one problem: submissions of all tests, solved or not, and the best accepted time.</summary>
public sealed record ProblemRecord(int Attempts, bool Solved, double? BestTimeMs);

/// <summary>The life of a submission.</summary>
public static class SubmissionStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
}

/// <summary>What the learner asked the judge to do.</summary>
public static class SubmissionMode
{
    public const string Run = "run";
    public const string Custom = "custom";
    public const string Submit = "submit";

    public static readonly string[] All = [Run, Custom, Submit];
}
