using Microsoft.EntityFrameworkCore;

namespace MlPrep.Data.Submissions;

/// <summary>Reads and writes a learner's submissions.</summary>
public sealed class SubmissionStore(MlPrepDbContext db, TimeProvider clock)
{
    /// <summary>The most code a submission may hold; larger sources are refused before they reach the judge.</summary>
    public const int MaxCodeLength = 64 * 1024;

    public async Task<Submission> AddAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        submission.CreatedUtc = clock.GetUtcNow().UtcDateTime;
        submission.Status = SubmissionStatus.Queued;
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        return submission;
    }

    public async Task<Submission?> GetAsync(string userId, long id, CancellationToken cancellationToken = default) =>
        await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId && s.Id == id, cancellationToken);

    /// <summary>The latest submissions to a problem, newest first.</summary>
    public async Task<IReadOnlyList<Submission>> ListAsync(string userId, string problemId, int limit = 50, CancellationToken cancellationToken = default) =>
        await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId && s.ProblemId == problemId)
            .OrderByDescending(s => s.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>The problems with at least one accepted submission (of all tests).</summary>
    public async Task<IReadOnlySet<string>> SolvedAsync(string userId, CancellationToken cancellationToken = default)
    {
        var ids = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Mode == SubmissionMode.Submit && s.Verdict == "Accepted")
            .Select(s => s.ProblemId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Per problem the learner has submitted to (queued and running submissions count as attempts):
    /// the number of submissions of all tests, whether one was accepted, and the best accepted time
    /// (the run whose slowest test was fastest).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ProblemRecord>> RecordsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Mode == SubmissionMode.Submit)
            .GroupBy(s => s.ProblemId)
            .Select(g => new
            {
                ProblemId = g.Key,
                Attempts = g.Count(),
                Accepted = g.Count(s => s.Verdict == "Accepted"),
                Best = g.Where(s => s.Verdict == "Accepted").Min(s => s.TimeMs),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ProblemId, r => new ProblemRecord(r.Attempts, r.Accepted > 0, r.Best), StringComparer.Ordinal);
    }

    public async Task MarkRunningAsync(long id, CancellationToken cancellationToken = default) =>
        await db.Submissions.Where(s => s.Id == id && s.Status == SubmissionStatus.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SubmissionStatus.Running), cancellationToken);

    public async Task CompleteAsync(long id, string verdict, int passed, int total, double? timeMs, long? memoryKb, string resultJson, CancellationToken cancellationToken = default)
    {
        var finished = clock.GetUtcNow().UtcDateTime;
        await db.Submissions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Done)
                .SetProperty(s => s.Verdict, verdict)
                .SetProperty(s => s.Passed, passed)
                .SetProperty(s => s.Total, total)
                .SetProperty(s => s.TimeMs, timeMs)
                .SetProperty(s => s.MemoryKb, memoryKb)
                .SetProperty(s => s.ResultJson, resultJson)
                .SetProperty(s => s.FinishedUtc, finished), cancellationToken);
    }

    /// <summary>
    /// Submissions left queued or running when the server stopped can never finish: they are
    /// closed as InternalError at start-up, keeping their code.
    /// </summary>
    public async Task<int> CloseInterruptedAsync(CancellationToken cancellationToken = default)
    {
        var finished = clock.GetUtcNow().UtcDateTime;
        return await db.Submissions.Where(s => s.Status != SubmissionStatus.Done)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, SubmissionStatus.Done)
                .SetProperty(s => s.Verdict, "InternalError")
                .SetProperty(s => s.ResultJson, "{\"error\":\"the server stopped before this run finished; run it again\"}")
                .SetProperty(s => s.FinishedUtc, finished), cancellationToken);
    }

    public async Task<int> DeleteAsync(string userId, long id, CancellationToken cancellationToken = default) =>
        await db.Submissions.Where(s => s.UserId == userId && s.Id == id).ExecuteDeleteAsync(cancellationToken);
}
