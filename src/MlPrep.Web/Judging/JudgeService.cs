using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlPrep.Core.Problems;
using MlPrep.Data.Submissions;
using MlPrep.Judge;
using MlPrep.Judge.Runners;

namespace MlPrep.Web.Judging;

/// <summary>How many judge workers and how long a queue the server keeps.</summary>
public sealed record JudgeSettings(int? Workers = null, int Capacity = 32);

/// <summary>Why a submission was not queued, or the submission that was.</summary>
public abstract record SubmitOutcome
{
    public sealed record Queued(Submission Submission) : SubmitOutcome;

    public sealed record Busy(TimeSpan RetryAfter) : SubmitOutcome;

    public sealed record Unavailable(string Reason) : SubmitOutcome;
}

/// <summary>
/// The server's side of the judge: stores each submission, queues it on the bounded
/// <see cref="JudgeQueue"/>, and writes the verdict back when a worker is done. The live state
/// (queued, running) is kept in memory so polling clients see it without touching the database;
/// the database holds the code and the final result. A run that fails, however it fails, ends as
/// an InternalError verdict; it never brings the server down.
/// </summary>
public sealed class JudgeService : IAsyncDisposable, IDisposable
{
    /// <summary>The most printed output kept with a result.</summary>
    public const int MaxOutputChars = 8 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly JudgeBackend _backend;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<JudgeService> _logger;
    private readonly JudgeQueue? _queue;
    private readonly ConcurrentDictionary<long, string> _live = new();
    private readonly ConcurrentDictionary<long, Task> _finishing = new();
    private long _order;
    private int _disposed;
    private readonly ConcurrentDictionary<long, long> _queuedOrder = new();

    public JudgeService(JudgeBackend backend, JudgeSettings settings, IServiceScopeFactory scopes, ILogger<JudgeService> logger)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(settings);
        _backend = backend;
        _scopes = scopes;
        _logger = logger;
        if (backend.Unavailable is null)
        {
            _queue = new JudgeQueue(backend.Judge, settings.Workers, settings.Capacity);
        }
    }

    /// <summary>Why code cannot run on this machine, with the fix; null when it can.</summary>
    public string? Unavailable => _backend.Unavailable;

    public int Workers => _queue?.Workers ?? 0;

    public int Capacity => _queue?.Capacity ?? 0;

    public int Pending => _queue?.Pending ?? 0;

    /// <summary>Warm boxes ready now (0 without a pool).</summary>
    public int WarmBoxes => _backend.Pool?.Ready ?? 0;

    /// <summary>The live status of a submission still in the queue or running; null once done (read the database).</summary>
    public string? LiveStatus(long id) => _live.GetValueOrDefault(id);

    /// <summary>How many submissions are waiting ahead of this one (0 when it is next or running).</summary>
    public int? Position(long id)
    {
        if (!_queuedOrder.TryGetValue(id, out var mine))
        {
            return null;
        }

        return _queuedOrder.Values.Count(o => o < mine);
    }

    public async Task<SubmitOutcome> SubmitAsync(string userId, Problem problem, Language language, string code, string mode, IReadOnlyList<JsonNode?>? arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (_queue is null)
        {
            return new SubmitOutcome.Unavailable(_backend.Unavailable!);
        }

        if (_queue.Pending >= _queue.Capacity)
        {
            return new SubmitOutcome.Busy(RetryAfter());
        }

        using var scope = _scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
        var submission = await store.AddAsync(new Submission
        {
            UserId = userId,
            ProblemId = problem.Id,
            Language = language.ToSlug(),
            Mode = mode,
            Code = code,
            Input = arguments is null ? null : new JsonArray([.. arguments.Select(a => a?.DeepClone())]).ToJsonString(),
        }, cancellationToken);

        var id = submission.Id;
        _live[id] = SubmissionStatus.Queued;
        _queuedOrder[id] = Interlocked.Increment(ref _order);
        var request = new JudgeRequest(problem, language, code, VisibleOnly: mode == SubmissionMode.Run, arguments)
        {
            Started = () =>
            {
                _queuedOrder.TryRemove(id, out _);
                _live[id] = SubmissionStatus.Running;
            },
        };
        if (!_queue.TryEnqueue(request, out var result))
        {
            _live.TryRemove(id, out _);
            _queuedOrder.TryRemove(id, out _);
            await store.DeleteAsync(userId, id, CancellationToken.None);
            return new SubmitOutcome.Busy(RetryAfter());
        }

        _finishing[id] = FinishAsync(id, result);
        return new SubmitOutcome.Queued(submission);
    }

    /// <summary>Waits for every submission in flight to be written back (used by tests and shutdown).</summary>
    public Task DrainAsync() => Task.WhenAll(_finishing.Values);

    private async Task FinishAsync(long id, Task<JudgeResult> pending)
    {
        JudgeResult result;
        try
        {
            result = await pending.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            result = new JudgeResult(Verdicts.InternalError, [], null, "", $"the judge failed: {ex.Message}");
        }

        try
        {
            using var scope = _scopes.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<SubmissionStore>();
            var tests = result.Tests;
            await store.CompleteAsync(
                id,
                result.Verdict,
                tests.Count(t => t.Passed),
                tests.Count,
                tests.Count == 0 ? null : tests.Max(t => t.TimeMs),
                tests.Count == 0 ? null : tests.Max(t => t.MemoryKb),
                ResultJson(result)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not store the result of submission {Id}", id);
        }
        finally
        {
            _live.TryRemove(id, out _);
            _queuedOrder.TryRemove(id, out _);
            _finishing.TryRemove(id, out _);
        }
    }

    /// <summary>The stored form of a result: what the pages and the API show.</summary>
    public static string ResultJson(JudgeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var output = result.Stderr.Length > MaxOutputChars ? result.Stderr[..MaxOutputChars] + "\n… (output cut)" : result.Stderr;
        return JsonSerializer.Serialize(new StoredResult(
            result.Tests,
            result.CompileOutput,
            output,
            result.Answers.Count == 1 ? result.Answers[0] : null,
            result.Expected,
            result.ReferenceError), Json);
    }

    public static StoredResult? ReadResult(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredResult>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private TimeSpan RetryAfter()
    {
        // About one second per queued submission and worker, at least one second.
        var seconds = Math.Clamp((int)Math.Ceiling((double)Pending / Math.Max(1, Workers)), 1, 30);
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>For hosts that dispose synchronously: the same as <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_queue is not null)
        {
            await _queue.DisposeAsync();
        }

        if (_backend.Pool is not null)
        {
            await _backend.Pool.DisposeAsync();
        }
    }
}

/// <summary>A finished submission's details as stored: per-test results, compiler output, printed output, and for custom runs the answer and the expected one.</summary>
public sealed record StoredResult(
    IReadOnlyList<TestVerdict>? Tests,
    string? CompileOutput,
    string? Output,
    JsonNode? Answer,
    JsonNode? Expected,
    string? ReferenceError,
    string? Error = null);
