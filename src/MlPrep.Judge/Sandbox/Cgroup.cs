using System.Globalization;

namespace MlPrep.Judge.Sandbox;

/// <summary>
/// A control group holding every process of one run: it caps memory (without swap) and the
/// number of processes, measures CPU time and peak memory, and kills everything at once.
/// </summary>
public abstract class Cgroup : IDisposable
{
    /// <summary>The cgroup.procs files a starting process writes its pid into to join the group.</summary>
    public abstract IReadOnlyList<string> ProcsFiles { get; }

    public abstract TimeSpan CpuTime { get; }

    public abstract long PeakMemoryBytes { get; }

    /// <summary>True when the kernel refused memory to the group or killed a process of it for memory.</summary>
    public abstract bool HitMemoryLimit { get; }

    public abstract IReadOnlyList<int> Pids { get; }

    /// <summary>Kills every process of the group and waits until none is left.</summary>
    public void KillAll()
    {
        for (var round = 0; round < 200; round++)
        {
            var pids = Pids;
            if (pids.Count == 0)
            {
                return;
            }

            foreach (var pid in pids)
            {
                Native.Kill(pid, Native.SigKill);
            }

            Thread.Sleep(round < 10 ? 1 : 10);
        }
    }

    public void Dispose()
    {
        KillAll();
        Remove();
        GC.SuppressFinalize(this);
    }

    protected abstract void Remove();

    /// <summary>
    /// The cgroup version this machine offers to this process: v2 when the unified hierarchy has
    /// the memory and pids controllers, else v1 when its memory, pids and cpuacct hierarchies are
    /// writable, else none (then only rlimits and the watchdog apply).
    /// </summary>
    public static string Detect(string root = "/sys/fs/cgroup")
    {
        var controllers = Path.Combine(root, "cgroup.controllers");
        if (File.Exists(controllers))
        {
            var available = File.ReadAllText(controllers).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (available.Contains("memory") && available.Contains("pids") && IsWritable(root))
            {
                return "v2";
            }
        }

        return new[] { "memory", "pids", "cpuacct" }.All(c => IsWritable(Path.Combine(root, c))) ? "v1" : "none";
    }

    /// <summary>
    /// Kills and removes the groups of judge processes that are gone (a group is named after the
    /// pid of the process that created it), so a crashed judge leaves nothing running.
    /// </summary>
    public static int RemoveStale(string root = "/sys/fs/cgroup")
    {
        var removed = 0;
        foreach (var parent in new[] { "memory/mlprep", "pids/mlprep", "cpuacct/mlprep", "mlprep" }.Select(p => Path.Combine(root, p)).Where(Directory.Exists))
        {
            foreach (var dir in Directory.GetDirectories(parent))
            {
                var owner = Path.GetFileName(dir).Split('-')[0];
                if (int.TryParse(owner, CultureInfo.InvariantCulture, out var pid) && !Directory.Exists($"/proc/{pid}"))
                {
                    for (var round = 0; round < 100 && ReadPids(Path.Combine(dir, "cgroup.procs")) is { Count: > 0 } pids; round++)
                    {
                        foreach (var victim in pids)
                        {
                            Native.Kill(victim, Native.SigKill);
                        }

                        Thread.Sleep(10);
                    }

                    RemoveDir(dir);
                    removed++;
                }
            }
        }

        return removed;
    }

    /// <summary>Creates a group for one run, or returns null when this machine offers none.</summary>
    public static Cgroup? Create(string name, SandboxLimits limits, string root = "/sys/fs/cgroup")
    {
        ArgumentNullException.ThrowIfNull(limits);
        return Detect(root) switch
        {
            "v2" => new CgroupV2(root, name, limits),
            "v1" => new CgroupV1(root, name, limits),
            _ => null,
        };
    }

    private static bool IsWritable(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return false;
        }

        var probe = Path.Combine(dir, $"mlprep-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    protected static IReadOnlyList<int> ReadPids(string procsFile)
    {
        try
        {
            return [.. File.ReadAllLines(procsFile).Where(l => l.Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture))];
        }
        catch (IOException)
        {
            return [];
        }
    }

    protected static long ReadLong(string file)
    {
        try
        {
            return long.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            return 0;
        }
    }

    /// <summary>The number after <paramref name="key"/> in a flat-keyed file such as memory.events.</summary>
    protected static long ReadKey(string file, string key)
    {
        try
        {
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && parts[0] == key)
                {
                    return long.Parse(parts[1], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
        }

        return 0;
    }

    /// <summary>Removes a group directory once its processes are gone (rmdir fails with EBUSY before).</summary>
    protected static void RemoveDir(string dir)
    {
        for (var attempt = 0; attempt < 100 && Directory.Exists(dir); attempt++)
        {
            try
            {
                Directory.Delete(dir);
            }
            catch (IOException)
            {
                Thread.Sleep(5);
            }
        }
    }
}

/// <summary>cgroup v1: one directory in each of the memory, pids and cpuacct hierarchies.</summary>
internal sealed class CgroupV1 : Cgroup
{
    private readonly string _memory;
    private readonly string _pids;
    private readonly string _cpu;

    public CgroupV1(string root, string name, SandboxLimits limits)
    {
        _memory = Path.Combine(root, "memory", "mlprep", name);
        _pids = Path.Combine(root, "pids", "mlprep", name);
        _cpu = Path.Combine(root, "cpuacct", "mlprep", name);
        foreach (var dir in new[] { _memory, _pids, _cpu })
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(Path.Combine(_memory, "memory.limit_in_bytes"), limits.MemoryBytes.ToString(CultureInfo.InvariantCulture));
        var swap = Path.Combine(_memory, "memory.memsw.limit_in_bytes");
        if (File.Exists(swap))
        {
            File.WriteAllText(swap, limits.MemoryBytes.ToString(CultureInfo.InvariantCulture));
        }

        File.WriteAllText(Path.Combine(_pids, "pids.max"), limits.MaxProcesses.ToString(CultureInfo.InvariantCulture));
    }

    public override IReadOnlyList<string> ProcsFiles => [Path.Combine(_memory, "cgroup.procs"), Path.Combine(_pids, "cgroup.procs"), Path.Combine(_cpu, "cgroup.procs")];

    public override TimeSpan CpuTime => TimeSpan.FromTicks(ReadLong(Path.Combine(_cpu, "cpuacct.usage")) / 100);

    public override long PeakMemoryBytes => ReadLong(Path.Combine(_memory, "memory.max_usage_in_bytes"));

    public override bool HitMemoryLimit =>
        ReadLong(Path.Combine(_memory, "memory.failcnt")) > 0 || ReadKey(Path.Combine(_memory, "memory.oom_control"), "oom_kill") > 0;

    public override IReadOnlyList<int> Pids => [.. ReadPids(Path.Combine(_pids, "cgroup.procs")).Union(ReadPids(Path.Combine(_memory, "cgroup.procs")))];

    protected override void Remove()
    {
        RemoveDir(_memory);
        RemoveDir(_pids);
        RemoveDir(_cpu);
    }
}

/// <summary>cgroup v2: one directory in the unified hierarchy.</summary>
internal sealed class CgroupV2 : Cgroup
{
    private readonly string _dir;

    public CgroupV2(string root, string name, SandboxLimits limits)
    {
        var parent = Path.Combine(root, "mlprep");
        Directory.CreateDirectory(parent);
        File.WriteAllText(Path.Combine(parent, "cgroup.subtree_control"), "+memory +pids +cpu");
        _dir = Path.Combine(parent, name);
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "memory.max"), limits.MemoryBytes.ToString(CultureInfo.InvariantCulture));
        if (File.Exists(Path.Combine(_dir, "memory.swap.max")))
        {
            File.WriteAllText(Path.Combine(_dir, "memory.swap.max"), "0");
        }

        File.WriteAllText(Path.Combine(_dir, "pids.max"), limits.MaxProcesses.ToString(CultureInfo.InvariantCulture));
    }

    public override IReadOnlyList<string> ProcsFiles => [Path.Combine(_dir, "cgroup.procs")];

    public override TimeSpan CpuTime => TimeSpan.FromTicks(ReadKey(Path.Combine(_dir, "cpu.stat"), "usage_usec") * 10);

    public override long PeakMemoryBytes => ReadLong(Path.Combine(_dir, "memory.peak"));

    public override bool HitMemoryLimit =>
        ReadKey(Path.Combine(_dir, "memory.events"), "max") > 0 || ReadKey(Path.Combine(_dir, "memory.events"), "oom_kill") > 0;

    public override IReadOnlyList<int> Pids => ReadPids(Path.Combine(_dir, "cgroup.procs"));

    protected override void Remove() => RemoveDir(_dir);
}
