using System.Diagnostics;

namespace MlPrep.Judge.Sandbox;

/// <summary>
/// A started box: its process chain, its cgroup and the readers of its output. It runs one
/// program once: <see cref="FinishAsync"/> writes the input, starts the clocks, enforces the
/// limits and collects the result; disposing kills whatever is left and removes the cgroup.
/// </summary>
public sealed class LiveBox : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    private readonly Process _process;
    private readonly Cgroup? _cgroup;
    private readonly CappedBuffer _stdout;
    private readonly CappedBuffer _stderr;
    private readonly Task _readOut;
    private readonly Task _readErr;
    private readonly Task _exited;
    private int _used;

    internal LiveBox(Process process, Cgroup? cgroup, SandboxLimits limits)
    {
        _process = process;
        _cgroup = cgroup;
        _stdout = new CappedBuffer(limits.MaxOutputBytes);
        _stderr = new CappedBuffer(limits.MaxOutputBytes);
        _readOut = _stdout.FillAsync(process.StandardOutput.BaseStream);
        _readErr = _stderr.FillAsync(process.StandardError.BaseStream);
        _exited = process.WaitForExitAsync(CancellationToken.None);
        Limits = limits;
    }

    /// <summary>The limits the box was started with (memory, processes, output, /tmp).</summary>
    public SandboxLimits Limits { get; }

    /// <summary>Whether the program has already ended (a warm box that died while waiting is useless).</summary>
    public bool HasExited => _exited.IsCompleted;

    /// <summary>Completes when the program writes its first bytes to standard output (a warm stub says it is ready that way).</summary>
    public Task FirstOutput => _stdout.FirstBytes;

    /// <summary>
    /// Feeds <paramref name="stdin"/> and waits for the program to end, within the CPU and wall
    /// time of <paramref name="limits"/>, both counted from this call: CPU time spent before it
    /// (loading the interpreter in a warm box) is not charged to the submission.
    /// </summary>
    public async Task<SandboxResult> FinishAsync(byte[] stdin, SandboxLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(limits);
        if (Interlocked.Exchange(ref _used, 1) != 0)
        {
            throw new InvalidOperationException("a box runs one program once");
        }

        var cpuBefore = CpuTime();
        var clock = Stopwatch.StartNew();
        var feed = FeedAsync(_process.StandardInput.BaseStream, stdin);
        var outcome = SandboxOutcome.Exited;
        while (!_exited.IsCompleted)
        {
            await Task.WhenAny(_exited, Task.Delay(PollInterval, CancellationToken.None));
            SandboxOutcome? violation =
                _stdout.Overflowed || _stderr.Overflowed ? SandboxOutcome.OutputLimit
                : clock.Elapsed > limits.WallTime || CpuTime() - cpuBefore > limits.CpuTime ? SandboxOutcome.TimeLimit
                : cancellationToken.IsCancellationRequested ? SandboxOutcome.TimeLimit
                : null;
            if (violation is { } v && !_exited.IsCompleted)
            {
                outcome = v;
                Kill();
            }
        }

        var wall = clock.Elapsed;
        _cgroup?.KillAll();
        await Task.WhenAll(_readOut, _readErr, feed);
        var cpu = CpuTime() - cpuBefore;
        var exitCode = _process.ExitCode;
        var signal = exitCode is > 128 and <= 128 + 64 ? exitCode - 128 : (int?)null;
        if (outcome == SandboxOutcome.Exited)
        {
            if (_stdout.Overflowed || _stderr.Overflowed)
            {
                outcome = SandboxOutcome.OutputLimit;
            }
            else if (_cgroup is not null && _cgroup.HitMemoryLimit && exitCode != 0)
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
            _stdout.ToArray(),
            _stderr.ToArray(),
            Math.Round(cpu.TotalMilliseconds, 1),
            Math.Round(wall.TotalMilliseconds, 1),
            (_cgroup?.PeakMemoryBytes ?? 0) / 1024);
    }

    private TimeSpan CpuTime()
    {
        if (_cgroup is not null)
        {
            return _cgroup.CpuTime;
        }

        try
        {
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    private void Kill()
    {
        _cgroup?.KillAll();
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_exited.IsCompleted)
        {
            Kill();
            try
            {
                _process.StandardInput.Close();
            }
            catch (IOException)
            {
            }
        }

        _cgroup?.KillAll();
        await _exited.ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_readOut, _readErr).ConfigureAwait(false);
        }
        catch (IOException)
        {
        }

        _cgroup?.Dispose();
        _process.Dispose();
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

    /// <summary>Keeps the first bytes of a stream and notes when more arrived; keeps draining so the writer never blocks.</summary>
    private sealed class CappedBuffer(int capacity)
    {
        private readonly MemoryStream _kept = new();
        private readonly TaskCompletionSource _firstBytes = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Overflowed { get; private set; }

        public Task FirstBytes => _firstBytes.Task;

        public async Task FillAsync(Stream source)
        {
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await source.ReadAsync(chunk)) > 0)
            {
                _firstBytes.TrySetResult();
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
