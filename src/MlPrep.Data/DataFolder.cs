namespace MlPrep.Data;

/// <summary>
/// Where a learner's database lives: <c>--data-dir</c>, else <c>$MLPREP_DATA_DIR</c>, else
/// <c>$XDG_DATA_HOME/mlprep</c>, else <c>~/.local/share/mlprep</c>.
/// </summary>
public static class DataFolder
{
    public const string EnvironmentVariable = "MLPREP_DATA_DIR";
    public const string DatabaseFileName = "mlprep.db";

    public static string Resolve(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var baseDir = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(baseDir, "mlprep");
    }

    public static string SqliteConnectionString(string dataDir) =>
        $"Data Source={Path.Combine(dataDir, DatabaseFileName)};Cache=Shared;Foreign Keys=True";
}
