namespace MlPrep.Web;

/// <summary>How to start the web app: where the content and the learner's data live, and where to listen.</summary>
public sealed record WebOptions
{
    public const int DefaultPort = 5080;
    public const string ContentEnvironmentVariable = "MLPREP_CONTENT_DIR";

    /// <summary>The content folder (holding roadmap.yaml); found automatically when null.</summary>
    public string? ContentDir { get; init; }

    /// <summary>The data folder (holding mlprep.db); see <see cref="Data.DataFolder"/>.</summary>
    public string? DataDir { get; init; }

    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The address to bind. Loopback by default so nobody else on the network reaches a personal install.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Judge workers running at once; one per core when null.</summary>
    public int? JudgeWorkers { get; init; }

    /// <summary>Submissions the judge queue holds (waiting and running) before it answers 429.</summary>
    public int JudgeCapacity { get; init; } = 32;

    /// <summary>New cards a review session brings in per day (the review page's <c>new</c> parameter overrides it).</summary>
    public int NewCardsPerDay { get; init; } = Core.Practice.SessionPlanner.DefaultNewCardsPerDay;

    /// <summary>Pre-started single-use boxes kept ready per language (0 turns the warm pool off).</summary>
    public int WarmBoxes { get; init; } = 1;

    /// <summary>
    /// The content folder: the explicit one, else <c>$MLPREP_CONTENT_DIR</c>, else the first
    /// <c>content/roadmap.yaml</c> found walking up from the working folder or from the program.
    /// </summary>
    public string ResolveContentDir()
    {
        if (!string.IsNullOrWhiteSpace(ContentDir))
        {
            return Path.GetFullPath(ContentDir);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(ContentEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, "roadmap.yaml")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Cannot find the content folder (content/roadmap.yaml) above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}. " +
            $"Run from the MLPrep folder, or pass --content-dir, or set {ContentEnvironmentVariable}.");
    }
}
