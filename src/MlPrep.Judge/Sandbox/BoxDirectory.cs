namespace MlPrep.Judge.Sandbox;

/// <summary>
/// A fresh host folder for one run, shown read-only inside the box at /box and deleted
/// afterwards. Files are created with <see cref="FileMode.CreateNew"/> in a folder nobody
/// else can write, so no planted link can redirect a write.
/// </summary>
public sealed class BoxDirectory : IDisposable
{
    public const string Root = "/tmp/mlprep-judge";

    private BoxDirectory(string path) => Path = path;

    public string Path { get; }

    public static BoxDirectory Create()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the sandbox needs Linux");
        }

        Directory.CreateDirectory(Root);
        // Named after the owning process, so a judge that died can be told from one still at work.
        var path = System.IO.Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return new BoxDirectory(path);
    }

    /// <summary>
    /// Deletes the folders of boxes whose judge process is gone (it was killed before it could
    /// clean up); returns how many. Folders of live judges are left alone.
    /// </summary>
    public static int RemoveStale()
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var removed = 0;
        foreach (var dir in Directory.GetDirectories(Root))
        {
            var owner = System.IO.Path.GetFileName(dir).Split('-')[0];
            var stale = !int.TryParse(owner, System.Globalization.CultureInfo.InvariantCulture, out var pid) || !Directory.Exists($"/proc/{pid}");
            if (stale)
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                    removed++;
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        return removed;
    }

    public void Write(string name, ReadOnlySpan<byte> content)
    {
        if (name.Contains('/', StringComparison.Ordinal) || name is "." or "..")
        {
            throw new ArgumentException($"'{name}' is not a plain file name", nameof(name));
        }

        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the sandbox needs Linux");
        }

        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        };
        using var stream = new FileStream(System.IO.Path.Combine(Path, name), options);
        stream.Write(content);
    }

    public void Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
