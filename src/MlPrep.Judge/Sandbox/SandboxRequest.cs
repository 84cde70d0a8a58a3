namespace MlPrep.Judge.Sandbox;

/// <summary>One program to run in a fresh box.</summary>
public sealed record SandboxRequest
{
    /// <summary>The command line inside the box, starting with an absolute path.</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>A host folder shown read-only at /box, which is also the working folder.</summary>
    public required string BoxDir { get; init; }

    public byte[] Stdin { get; init; } = [];

    /// <summary>Variables added to the box's otherwise empty environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public SandboxLimits Limits { get; init; } = new();
}
