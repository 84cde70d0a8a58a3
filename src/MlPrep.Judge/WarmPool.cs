using System.Collections.Concurrent;
using System.Text;
using MlPrep.Judge.Harness;
using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;

namespace MlPrep.Judge;

/// <summary>A box started ahead of time with a language's stub loaded, for one submission only.</summary>
public sealed class WarmBox(LiveBox box, BoxDirectory directory, Language language) : IAsyncDisposable
{
    public LiveBox Box { get; } = box;

    /// <summary>Whether the stub has finished loading (it says so on standard output).</summary>
    public bool IsReady => Box.FirstOutput.IsCompleted;

    public Language Language { get; } = language;

    public async ValueTask DisposeAsync()
    {
        await Box.DisposeAsync();
        directory.Dispose();
    }
}

/// <summary>
/// A small pool of pre-started, single-use boxes per language and memory limit: the Python
/// interpreter (with numpy) or the .NET runtime is already loaded and waiting when a submission
/// arrives, so its latency is the submission's own work. A box serves exactly one submission and
/// is destroyed after it (nothing carries over between runs); taking one starts its replacement
/// in the background. A memory limit seen for the first time is served cold and warmed for the
/// next submission.
/// </summary>
public sealed class WarmPool : IAsyncDisposable
{
    /// <summary>RLIMIT_CPU of a warm box: a backstop only; the judge's watchdog enforces each problem's CPU limit from hand-over.</summary>
    private static readonly TimeSpan BackstopCpu = TimeSpan.FromSeconds(60);

    private readonly BubblewrapSandbox _sandbox;
    private readonly Lazy<byte[]> _dotnetHost;
    private readonly int _size;
    private readonly ConcurrentDictionary<(Language, long), Slot> _slots = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _retiring = new();
    private int _taken;

    public WarmPool(BubblewrapSandbox sandbox, CSharpCompiler compiler, int size = 1)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(compiler);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _sandbox = sandbox;
        _size = size;
        _dotnetHost = new Lazy<byte[]>(() =>
        {
            var (assembly, errors) = compiler.Compile(WarmHost.Source, harness: null, WarmHost.MainType);
            return assembly ?? throw new InvalidOperationException("the warm C# host does not compile: " + string.Join("; ", errors));
        });
    }

    /// <summary>Warm boxes handed out so far.</summary>
    public int Taken => Volatile.Read(ref _taken);

    /// <summary>Boxes loaded and waiting now, over all languages and limits.</summary>
    public int Ready => _slots.Values.Sum(s => s.ReadyCount);

    /// <summary>Starts warming boxes for a language and memory limit (the default limit is warmed at start-up).</summary>
    public void Warm(Language language, long memoryBytes) => _slots.GetOrAdd((language, memoryBytes), key => new Slot(this, key.Item1, key.Item2)).Refill();

    /// <summary>A warm box for this language and memory limit, or null (then the caller runs cold, and the pool warms up for next time).</summary>
    public WarmBox? TryTake(Language language, long memoryBytes)
    {
        if (_stopping.IsCancellationRequested)
        {
            return null;
        }

        var slot = _slots.GetOrAdd((language, memoryBytes), key => new Slot(this, key.Item1, key.Item2));
        var box = slot.TryTake();
        slot.Refill();
        if (box is not null)
        {
            Interlocked.Increment(ref _taken);
        }

        return box;
    }

    /// <summary>Destroys a used box in the background; <see cref="DisposeAsync"/> waits for it.</summary>
    public void Retire(WarmBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        var done = Task.Run(async () => await box.DisposeAsync());
        Track(_retiring, done);
    }

    /// <summary>Waits until every slot is full (for benchmarks and tests).</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_slots.Values.Any(s => s.ReadyCount < _size) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }

    private WarmBox StartBox(Language language, long memoryBytes)
    {
        var limits = new SandboxLimits { CpuTime = BackstopCpu, WallTime = BackstopCpu, MemoryBytes = memoryBytes };
        var directory = BoxDirectory.Create();
        try
        {
            SandboxRequest request;
            if (language == Language.Python)
            {
                directory.Write("warm.py", PythonFiles.WarmStub);
                directory.Write("harness.py", PythonFiles.Harness);
                request = BoxCommands.Python(directory, limits, [], "/box/warm.py");
            }
            else
            {
                request = BoxCommands.Dotnet(directory, _dotnetHost.Value, limits, []);
            }

            return new WarmBox(_sandbox.Start(request), directory, language);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>What a warm Python box expects on standard input: one JSON line.</summary>
    public static byte[] PythonPayload(string solution, string testsJson, string function, string types)
    {
        var files = new System.Text.Json.Nodes.JsonObject { ["solution.py"] = solution, ["tests.json"] = testsJson };
        var payload = new System.Text.Json.Nodes.JsonObject { ["files"] = files, ["argv"] = new System.Text.Json.Nodes.JsonArray(function, types) };
        return Encoding.UTF8.GetBytes(payload.ToJsonString() + "\n");
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_retiring.Keys);
        foreach (var slot in _slots.Values)
        {
            await slot.DisposeAsync();
        }

        _stopping.Dispose();
    }

    /// <summary>Keeps <paramref name="task"/> in <paramref name="set"/> until it ends, so disposal can wait for it.</summary>
    private static void Track(ConcurrentDictionary<Task, byte> set, Task task)
    {
        set[task] = 0;
        _ = task.ContinueWith(t => set.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>The warm boxes of one language and memory limit, and the ones being started.</summary>
    private sealed class Slot(WarmPool pool, Language language, long memoryBytes) : IAsyncDisposable
    {
        private readonly ConcurrentQueue<WarmBox> _ready = new();
        private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
        private int _starting;

        public int ReadyCount => _ready.Count(b => b.IsReady && !b.Box.HasExited);

        public WarmBox? TryTake()
        {
            while (_ready.TryDequeue(out var box))
            {
                if (!box.Box.HasExited)
                {
                    return box;
                }

                _ = box.DisposeAsync().AsTask();
            }

            return null;
        }

        public void Refill()
        {
            while (!pool._stopping.IsCancellationRequested && _ready.Count + Volatile.Read(ref _starting) < pool._size)
            {
                Interlocked.Increment(ref _starting);
                var start = Task.Run(() =>
                {
                    try
                    {
                        _ready.Enqueue(pool.StartBox(language, memoryBytes));
                    }
                    catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException or SandboxUnavailableException)
                    {
                        // The next submission runs cold; the pool tries again on the next take.
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _starting);
                    }
                });
                Track(_inFlight, start);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Task.WhenAll(_inFlight.Keys);
            while (_ready.TryDequeue(out var box))
            {
                await box.DisposeAsync();
            }
        }
    }
}
