using Microsoft.EntityFrameworkCore;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Srs;
using MlPrep.Data;
using MlPrep.Data.Reviews;
using MlPrep.Data.Settings;
using MlPrep.Web.Practice;

namespace MlPrep.Cli.Review;

/// <summary>
/// The web app's <see cref="ReviewService"/> over the learner's own database, one database context per operation
/// (as the web app has one per request), so a server running beside the terminal sees every grade at once.
/// </summary>
public sealed class ReviewBackend(Curriculum curriculum, DbContextOptions<MlPrepDbContext> database, TimeProvider clock, PracticeSettings settings)
{
    private readonly Scheduler _scheduler = new(new SchedulerOptions(), clock);

    public Curriculum Curriculum { get; } = curriculum;

    /// <summary>Opens the SQLite database in <paramref name="dataDir"/>, creating it or bringing its schema up to date.</summary>
    public static async Task<ReviewBackend> OpenAsync(Curriculum curriculum, string dataDir, TimeProvider clock, PracticeSettings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDir);
        var options = new DbContextOptionsBuilder<MlPrepDbContext>().UseSqlite(DataFolder.SqliteConnectionString(dataDir)).Options;
        await using (var db = new MlPrepDbContext(options))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        return new ReviewBackend(curriculum, options, clock, settings);
    }

    public async Task<T> UseAsync<T>(Func<ReviewService, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var db = new MlPrepDbContext(database);
        return await action(new ReviewService(Curriculum, new ReviewStore(db, clock), _scheduler, clock, new LearnerSettingsService(new SettingsStore(db, clock), settings)));
    }
}
