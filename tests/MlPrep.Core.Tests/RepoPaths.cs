namespace MlPrep.Core.Tests;

internal static class RepoPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds MlPrep.slnx.</summary>
    public static string Root { get; } = Find();

    public static string Content => Path.Combine(Root, "content");

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
