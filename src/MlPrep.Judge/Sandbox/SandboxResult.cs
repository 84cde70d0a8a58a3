namespace MlPrep.Judge.Sandbox;

/// <summary>Why a run ended, before any language-specific reading of its output.</summary>
public enum SandboxOutcome
{
    /// <summary>The program ended by itself (with any exit code or signal).</summary>
    Exited,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
}

/// <summary>What a sandboxed run did. <see cref="Signal"/> is set when the program died of a signal.</summary>
public sealed record SandboxResult(
    SandboxOutcome Outcome,
    int ExitCode,
    int? Signal,
    byte[] Stdout,
    byte[] Stderr,
    double TimeMs,
    double WallMs,
    long MemoryKb);
