using MlPrep.Core.Problems;
using MlPrep.Judge.Runners;

namespace MlPrep.Judge.Tests;

public sealed class JudgeQueueTests
{
    private static readonly Problem AnyProblem = new(
        "p", "P", "easy", "dsa", [], "arrays-hashing", "f", [], new Core.Problems.ValueType("int", 0),
        new Comparator("exact"), TimeSpan.FromSeconds(1), 64, "", new Dictionary<string, string>(), new Dictionary<string, string>(), [], "");

    private static JudgeRequest Request(string source) => new(AnyProblem, Language.Python, source, false);

    private static JudgeResult Accepted(string source) => new(Verdicts.Accepted, [], null, source, "");

    [Fact]
    public async Task Submissions_AreJudgedAndAnswered()
    {
        await using var queue = new JudgeQueue((r, _) => Task.FromResult(Accepted(r.Source)), workers: 2, capacity: 8);

        Assert.True(queue.TryEnqueue(Request("a"), out var first));
        Assert.True(queue.TryEnqueue(Request("b"), out var second));

        Assert.Equal("a", (await first).Stdout);
        Assert.Equal("b", (await second).Stdout);
    }

    [Fact]
    public async Task FullQueue_SaysNoAtOnce()
    {
        var gate = new TaskCompletionSource();
        await using var queue = new JudgeQueue(async (r, _) =>
        {
            await gate.Task;
            return Accepted(r.Source);
        }, workers: 1, capacity: 2);

        var accepted = 0;
        var results = new List<Task<JudgeResult>>();
        for (var i = 0; i < 10; i++)
        {
            if (queue.TryEnqueue(Request(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), out var result))
            {
                accepted++;
                results.Add(result);
            }
        }

        // One submission is being judged and two wait; the other seven are refused.
        Assert.InRange(accepted, 2, 3);
        gate.SetResult();
        await Task.WhenAll(results);
        Assert.Equal(0, queue.Pending);
    }

    [Fact]
    public async Task AJudgeThatThrows_GivesAnInternalErrorAndTheQueueGoesOn()
    {
        await using var queue = new JudgeQueue((r, _) => r.Source == "boom" ? throw new InvalidOperationException("disk full") : Task.FromResult(Accepted(r.Source)), workers: 1, capacity: 4);

        queue.TryEnqueue(Request("boom"), out var failed);
        queue.TryEnqueue(Request("fine"), out var next);

        var failure = await failed;
        Assert.Equal(Verdicts.InternalError, failure.Verdict);
        Assert.Contains("disk full", failure.Stderr, StringComparison.Ordinal);
        Assert.Equal(Verdicts.Accepted, (await next).Verdict);
    }

    [Fact]
    public async Task Workers_RunSubmissionsInParallel()
    {
        var running = 0;
        var peak = 0;
        await using var queue = new JudgeQueue(async (r, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref running);
            return Accepted(r.Source);
        }, workers: 2, capacity: 8);

        var results = Enumerable.Range(0, 6).Select(i => queue.TryEnqueue(Request("x"), out var t) ? t : throw new InvalidOperationException()).ToList();
        await Task.WhenAll(results);

        Assert.Equal(2, peak);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
