namespace MlPrep.Testing;

/// <summary>Paths in the repository, found from the test binaries; linked into every test project.</summary>
internal static class TestRepo
{
    /// <summary>The first folder above the test binaries that holds MlPrep.slnx.</summary>
    public static string Root { get; } = Find();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>A fresh folder name under the system temp folder (not created).</summary>
    public static string NewTempDir(string prefix) => Path.Combine(Path.GetTempPath(), $"mlprep-{prefix}-{Guid.NewGuid():N}");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MlPrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("MlPrep.slnx not found above " + AppContext.BaseDirectory);
    }
}
