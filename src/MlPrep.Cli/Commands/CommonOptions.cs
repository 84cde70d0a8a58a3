using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using MlPrep.Web;

namespace MlPrep.Cli.Commands;

/// <summary>Options and output settings shared by the verbs.</summary>
internal static class CommonOptions
{
    public static Option<string?> ContentDir() => new("--content-dir")
    {
        Description = $"The content folder holding roadmap.yaml (default: found from the current folder, or ${WebOptions.ContentEnvironmentVariable})",
    };

    public static Option<string?> DataDir() => new("--data-dir")
    {
        Description = "The folder of your progress database (default: $MLPREP_DATA_DIR, else ~/.local/share/mlprep)",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print machine-readable JSON instead of a table",
    };

    /// <summary>camelCase JSON that keeps &lt;mark&gt; and non-ASCII text readable.</summary>
    public static readonly JsonSerializerOptions JsonOutput = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Resolves the content folder, or prints why it cannot and returns null.</summary>
    public static string? ResolveContent(string? explicitDir)
    {
        try
        {
            var dir = new WebOptions { ContentDir = explicitDir }.ResolveContentDir();
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"error: the content folder {dir} does not exist.");
                return null;
            }

            return dir;
        }
        catch (DirectoryNotFoundException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }
}
