using Microsoft.EntityFrameworkCore;
using MlPrep.Core.Progress;

namespace MlPrep.Data.Progress;

/// <summary>Reads and writes topic statuses for one user.</summary>
public sealed class ProgressStore(MlPrepDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, TopicStatus>> GetStatusesAsync(string userId, CancellationToken cancellationToken = default)
    {
        return await db.TopicProgress
            .AsNoTracking()
            .Where(p => p.UserId == userId)
            .ToDictionaryAsync(p => p.TopicId, p => p.Status, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<TopicStatus> GetStatusAsync(string userId, string topicId, CancellationToken cancellationToken = default)
    {
        var row = await db.TopicProgress.AsNoTracking()
            .FirstOrDefaultAsync(p => p.UserId == userId && p.TopicId == topicId, cancellationToken);
        return row?.Status ?? TopicStatus.NotStarted;
    }

    public async Task SetStatusAsync(string userId, string topicId, TopicStatus status, CancellationToken cancellationToken = default)
    {
        var row = await db.TopicProgress.FindAsync([userId, topicId], cancellationToken);
        if (row is null)
        {
            row = new TopicProgress { UserId = userId, TopicId = topicId };
            db.TopicProgress.Add(row);
        }

        row.Status = status;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
