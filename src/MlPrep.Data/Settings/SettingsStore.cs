using Microsoft.EntityFrameworkCore;

namespace MlPrep.Data.Settings;

/// <summary>Reads and writes a learner's settings (one row per learner, created on the first change).</summary>
public sealed class SettingsStore(MlPrepDbContext db, TimeProvider clock)
{
    /// <summary>The learner's settings, or null when they never changed one.</summary>
    public async Task<UserSettings?> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.UserSettings.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);

    /// <summary>Sets the daily number of new cards; null goes back to the app's default.</summary>
    public async Task SetNewCardsPerDayAsync(string userId, int? newCardsPerDay, CancellationToken cancellationToken = default)
    {
        var row = await db.UserSettings.FindAsync([userId], cancellationToken);
        if (row is null)
        {
            row = new UserSettings { UserId = userId };
            db.UserSettings.Add(row);
        }

        row.NewCardsPerDay = newCardsPerDay;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
