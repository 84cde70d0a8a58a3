namespace MlPrep.Judge.Sandbox;

/// <summary>What one sandboxed run may use. The defaults suit one submission of an interview problem.</summary>
public sealed record SandboxLimits
{
    /// <summary>CPU time of all processes in the box together.</summary>
    public TimeSpan CpuTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Wall-clock time, so a program that sleeps or waits is stopped too.</summary>
    public TimeSpan WallTime { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Memory of all processes in the box together (RAM; swap is not allowed).</summary>
    public long MemoryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Processes and threads in the box together.</summary>
    public int MaxProcesses { get; init; } = 64;

    /// <summary>Bytes kept of standard output, and of standard error, each; more ends the run.</summary>
    public int MaxOutputBytes { get; init; } = 1 << 20;

    /// <summary>The largest file the program may write.</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Size of the private /tmp of the box.</summary>
    public long TmpBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Open files per process.</summary>
    public int MaxOpenFiles { get; init; } = 128;
}
