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
/// the box instead, and <see cref="Cgroup.RemoveStale"/> clears boxes of a judge that died.
/// The launch chain is <c>sh</c> (joins the cgroup, then execs) → <c>prlimit</c> (sets rlimits,
/// execs) → <c>setpriv</c> (drops to the judge user, only when running as root) → <c>bwrap</c>
/// → the program, so every process of the run is in the group before any user code starts.
/// </remarks>
public sealed class BubblewrapSandbox(SandboxEnvironment environment)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public SandboxEnvironment Environment { get; } = environment;

    public async Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Environment.Problem is { } problem)
        {
            throw new SandboxUnavailableException(problem);
        }

        var limits = request.Limits;
        using var cgroup = Cgroup.Create($"{System.Environment.ProcessId}-{Guid.NewGuid():N}", limits);
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

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /bin/sh");
        var stdout = new CappedBuffer(limits.MaxOutputBytes);
        var stderr = new CappedBuffer(limits.MaxOutputBytes);
        var readOut = stdout.FillAsync(process.StandardOutput.BaseStream);
        var readErr = stderr.FillAsync(process.StandardError.BaseStream);
        var feed = FeedAsync(process.StandardInput.BaseStream, request.Stdin);
        var exited = process.WaitForExitAsync(CancellationToken.None);

        var outcome = SandboxOutcome.Exited;
        while (!exited.IsCompleted)
        {
            await Task.WhenAny(exited, Task.Delay(PollInterval, CancellationToken.None));
            SandboxOutcome? violation =
                stdout.Overflowed || stderr.Overflowed ? SandboxOutcome.OutputLimit
                : clock.Elapsed > limits.WallTime || (cgroup?.CpuTime ?? TimeSpan.Zero) > limits.CpuTime ? SandboxOutcome.TimeLimit
                : cancellationToken.IsCancellationRequested ? SandboxOutcome.TimeLimit
                : null;
            if (violation is { } v && !exited.IsCompleted)
            {
                outcome = v;
                cgroup?.KillAll();
                KillTree(process);
            }
        }

        var wall = clock.Elapsed;
        cgroup?.KillAll();
        await Task.WhenAll(readOut, readErr, feed);
        var cpu = cgroup?.CpuTime ?? process.TotalProcessorTime;
        var exitCode = process.ExitCode;
        var signal = exitCode is > 128 and <= 128 + 64 ? exitCode - 128 : (int?)null;
        if (outcome == SandboxOutcome.Exited)
        {
            if (stdout.Overflowed || stderr.Overflowed)
            {
                outcome = SandboxOutcome.OutputLimit;
            }
            else if (cgroup is not null && cgroup.HitMemoryLimit && exitCode != 0)
            {
                outcome = SandboxOutcome.MemoryLimit;
            }
            else if (cpu > limits.CpuTime)
            {
                outcome = SandboxOutcome.TimeLimit;
            }
        }

        return new SandboxResult(
            outcome,
            exitCode,
            signal,
            stdout.ToArray(),
            stderr.ToArray(),
            Math.Round(cpu.TotalMilliseconds, 1),
            Math.Round(wall.TotalMilliseconds, 1),
            (cgroup?.PeakMemoryBytes ?? 0) / 1024);
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

    private static async Task FeedAsync(Stream stdin, byte[] input)
    {
        try
        {
            await stdin.WriteAsync(input);
            await stdin.FlushAsync();
        }
        catch (IOException)
        {
            // The program exited or closed its input without reading all of it.
        }
        finally
        {
            try
            {
                stdin.Close();
            }
            catch (IOException)
            {
            }
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>Keeps the first bytes of a stream and notes when more arrived; keeps draining so the writer never blocks.</summary>
    private sealed class CappedBuffer(int capacity)
    {
        private readonly MemoryStream _kept = new();

        public bool Overflowed { get; private set; }

        public async Task FillAsync(Stream source)
        {
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await source.ReadAsync(chunk)) > 0)
            {
                var room = capacity - (int)_kept.Length;
                if (read > room)
                {
                    Overflowed = true;
                }

                if (room > 0)
                {
                    _kept.Write(chunk, 0, Math.Min(room, read));
                }
            }
        }

        public byte[] ToArray() => _kept.ToArray();
    }
}

/// <summary>The machine cannot run sandboxed code; the message says what to install or fix.</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
