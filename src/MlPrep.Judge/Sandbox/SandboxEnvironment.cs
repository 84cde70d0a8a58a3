namespace MlPrep.Judge.Sandbox;

/// <summary>
/// What this machine offers the sandbox: bubblewrap (required), cgroups, and the unprivileged
/// user that runs submissions when the judge itself runs as root.
/// </summary>
public sealed record SandboxEnvironment(string? Bubblewrap, string CgroupVersion, bool IsRoot, int? JudgeUid, int? JudgeGid)
{
    public const string JudgeUser = "mlprep-judge";

    public static SandboxEnvironment Detect()
    {
        var bwrap = new[] { "/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap" }.FirstOrDefault(File.Exists);
        var isRoot = Native.GetEffectiveUserId() == 0;
        var (uid, gid) = FindUser(JudgeUser);
        return new SandboxEnvironment(bwrap, Cgroup.Detect(), isRoot, uid, gid);
    }

    /// <summary>Why code cannot run here, with the fix; null when it can.</summary>
    public string? Problem =>
        Bubblewrap is null ? "bubblewrap is not installed, so the judge refuses to run code. Install it with: apt-get install -y bubblewrap"
        : IsRoot && JudgeUid is null ? $"the judge runs submissions as the unprivileged user '{JudgeUser}', which does not exist. Create it with: useradd --system --no-create-home --shell /usr/sbin/nologin {JudgeUser}  (./run.sh and ./test.sh do this when run as root)"
        : IsRoot && CgroupVersion == "none" ? "no writable cgroup hierarchy (v1 or v2) was found, so memory and process limits cannot be enforced"
        : null;

    private static (int? Uid, int? Gid) FindUser(string name)
    {
        try
        {
            foreach (var line in File.ReadLines("/etc/passwd"))
            {
                var fields = line.Split(':');
                if (fields.Length >= 4 && fields[0] == name)
                {
                    return (int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        catch (IOException)
        {
        }

        return (null, null);
    }
}
