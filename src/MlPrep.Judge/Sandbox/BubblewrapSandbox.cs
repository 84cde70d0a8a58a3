using System.Diagnostics;
using System.Globalization;

namespace MlPrep.Judge.Sandbox;

/// <summary>
/// Runs one program in a fresh bubblewrap box: every namespace unshared (no network, own PIDs,
/// no nested user namespaces), only read-only system folders and the read-only /box visible, a
/// size-capped private /tmp, a cgroup for memory, processes and CPU time, rlimits for file size,
/// open files and CPU, an unprivileged user, a wall-clock watchdog that kills the whole group,
/// and capped output.
/// </summary>
/// <remarks>
/// bwrap's --die-with-parent is not used: it ties the box to the thread that started it, and
/// .NET starts processes from pool threads that come and go. The cgroup and the watchdog end
/// the box instead, and <see cref="Cgroup.RemoveStale"/> and <see cref="BoxDirectory.RemoveStale"/>
/// (called when a sandbox is created) clear the boxes of a judge that died.
/// The launch chain is <c>sh</c> (joins the cgroup, then execs) → <c>prlimit</c> (sets rlimits,
/// execs) → <c>setpriv</c> (drops to the judge user, only when running as root) → <c>bwrap</c>
/// → the program, so every process of the run is in the group before any user code starts.
/// </remarks>
public sealed class BubblewrapSandbox
{
    public BubblewrapSandbox(SandboxEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Environment = environment;
        if (environment.Problem is null)
        {
            Cgroup.RemoveStale();
            BoxDirectory.RemoveStale();
        }
    }

    public SandboxEnvironment Environment { get; }

    public async Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var box = Start(request);
        return await box.FinishAsync(request.Stdin, request.Limits, cancellationToken);
    }

    /// <summary>
    /// Starts the program in a fresh box and returns at once, before anything is written to its
    /// standard input. Nothing is timed until <see cref="LiveBox.FinishAsync"/>: a pool can start
    /// a box ahead of time, let the interpreter load, and hand the box one submission later.
    /// </summary>
    public LiveBox Start(SandboxRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Environment.Problem is { } problem)
        {
            throw new SandboxUnavailableException(problem);
        }

        var limits = request.Limits;
        var cgroup = Cgroup.Create($"{System.Environment.ProcessId}-{Guid.NewGuid():N}", limits);
        try
        {
            var start = new ProcessStartInfo("/bin/sh")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in LaunchArguments(request, cgroup is not null))
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment.Clear();
            start.Environment["PATH"] = "/usr/bin:/bin";
            start.Environment["MLPREP_PROCS"] = cgroup is null ? "" : string.Join(' ', cgroup.ProcsFiles);
            var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /bin/sh");
            return new LiveBox(process, cgroup, limits);
        }
        catch
        {
            cgroup?.Dispose();
            throw;
        }
    }

    private List<string> LaunchArguments(SandboxRequest request, bool hasCgroup)
    {
        var limits = request.Limits;
        var cpuSeconds = (long)Math.Ceiling(limits.CpuTime.TotalSeconds) + 1;
        var args = new List<string>
        {
            "-c",
            hasCgroup
                ? "for f in $MLPREP_PROCS; do echo $$ > \"$f\" || exit 125; done; exec \"$@\""
                : "exec \"$@\"",
            "mlprep-box",
            "/usr/bin/prlimit",
            $"--fsize={limits.MaxFileBytes}",
            $"--nofile={limits.MaxOpenFiles}",
            "--core=0",
            $"--cpu={cpuSeconds}:{cpuSeconds + 1}",
            "--",
        };
        if (Environment.IsRoot)
        {
            args.AddRange(
            [
                "/usr/bin/setpriv",
                $"--reuid={Environment.JudgeUid}",
                $"--regid={Environment.JudgeGid}",
                "--clear-groups",
                "--no-new-privs",
                "--inh-caps=-all",
                "--bounding-set=-all",
            ]);
        }

        args.AddRange(
        [
            Environment.Bubblewrap!,
            "--unshare-all",
            "--unshare-user",
            "--disable-userns",
            "--new-session",
            "--cap-drop", "ALL",
            "--hostname", "box",
            "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/lib", "/lib",
            "--symlink", "usr/lib64", "/lib64",
            "--symlink", "usr/bin", "/bin",
            "--symlink", "usr/sbin", "/sbin",
            "--ro-bind", "/etc/alternatives", "/etc/alternatives",
            "--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache",
            "--proc", "/proc",
            "--dev", "/dev",
            "--size", limits.TmpBytes.ToString(CultureInfo.InvariantCulture), "--tmpfs", "/tmp",
            "--ro-bind", request.BoxDir, "/box",
            "--remount-ro", "/",
            "--chdir", "/box",
            "--clearenv",
            "--setenv", "PATH", "/usr/bin:/bin",
            "--setenv", "HOME", "/tmp",
            "--setenv", "TMPDIR", "/tmp",
            "--setenv", "LANG", "C.UTF-8",
        ]);
        foreach (var (name, value) in request.Environment)
        {
            args.AddRange(["--setenv", name, value]);
        }

        args.Add("--");
        args.AddRange(request.Command);
        return args;
    }
}

/// <summary>The machine cannot run sandboxed code; the message says what to install or fix.</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
