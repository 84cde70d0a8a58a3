using System.Text.Json.Nodes;
using System.Threading.Channels;
using MlPrep.Core.Problems;
using MlPrep.Judge.Runners;

namespace MlPrep.Judge;

/// <summary>
/// One submission waiting to be judged: all tests, the visible ones only, or (when
/// <see cref="CustomArguments"/> is set) the learner's own arguments.
/// </summary>
public sealed record JudgeRequest(Problem Problem, Language Language, string Source, bool VisibleOnly, IReadOnlyList<JsonNode?>? CustomArguments = null)
{
    /// <summary>Called when a worker picks the request up.</summary>
    public Action? Started { get; init; }
}

/// <summary>
/// A bounded queue in front of a fixed number of judge workers (by default one per core: on two
/// cores, two concurrent sandboxes gave the best throughput). When it is full,
/// <see cref="TryEnqueue"/> says no at once, so the caller can answer 429 with Retry-After
/// instead of letting work pile up. A run that throws becomes an InternalError result; it never
/// takes a worker, or the server, down.
/// </summary>
public sealed class JudgeQueue : IAsyncDisposable
{
    private readonly Channel<(JudgeRequest Request, TaskCompletionSource<JudgeResult> Done)> _channel;
    private readonly Func<JudgeRequest, CancellationToken, Task<JudgeResult>> _judge;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _workers;
    private int _pending;

    public JudgeQueue(Func<JudgeRequest, CancellationToken, Task<JudgeResult>> judge, int? workers = null, int capacity = 64)
    {
        var count = workers ?? DefaultWorkers;
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(workers));
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _judge = judge;
        Capacity = capacity;
        _channel = Channel.CreateBounded<(JudgeRequest, TaskCompletionSource<JudgeResult>)>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = count == 1,
        });
        Workers = count;
        _workers = [.. Enumerable.Range(0, count).Select(_ => Task.Run(WorkAsync))];
    }

    public JudgeQueue(ProblemJudge judge, int? workers = null, int capacity = 64)
        : this(Dispatch(judge), workers, capacity)
    {
    }

    /// <summary>Sends each request to the judge: a custom run, the visible tests or all tests.</summary>
    public static Func<JudgeRequest, CancellationToken, Task<JudgeResult>> Dispatch(ProblemJudge judge)
    {
        ArgumentNullException.ThrowIfNull(judge);
        return (r, ct) => r.CustomArguments is { } arguments
            ? judge.RunCustomAsync(r.Problem, r.Language, r.Source, arguments, ct)
            : judge.JudgeAsync(r.Problem, r.Language, r.Source, r.VisibleOnly, ct);
    }

    /// <summary>One worker per core unless told otherwise.</summary>
    public static int DefaultWorkers => Environment.ProcessorCount;

    public int Capacity { get; }

    public int Workers { get; }

    /// <summary>Submissions accepted and not yet finished (waiting or running).</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues a submission, or returns false at once when the queue is full.</summary>
    public bool TryEnqueue(JudgeRequest request, out Task<JudgeResult> result)
    {
        var done = new TaskCompletionSource<JudgeResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        result = done.Task;
        Interlocked.Increment(ref _pending);
        if (_channel.Writer.TryWrite((request, done)))
        {
            return true;
        }

        Interlocked.Decrement(ref _pending);
        return false;
    }

    private async Task WorkAsync()
    {
        await foreach (var (request, done) in _channel.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
        {
            try
            {
                request.Started?.Invoke();
                done.TrySetResult(await _judge(request, _stopping.Token).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                done.TrySetResult(new JudgeResult(Verdicts.InternalError, [], null, "", $"the judge failed: {ex.GetType().Name}: {ex.Message}"));
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }
}
