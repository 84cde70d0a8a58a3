using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MlPrep.Core.Progress;
using MlPrep.Data.Progress;

namespace MlPrep.Data.Tests.Progress;

public sealed class ProgressStoreTests : IDisposable
{
    private readonly string _dataDir = TestRepo.NewTempDir("data");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));

    public ProgressStoreTests() => Directory.CreateDirectory(_dataDir);

    private MlPrepDbContext OpenDatabase()
    {
        var db = new MlPrepDbContext(new DbContextOptionsBuilder<MlPrepDbContext>().UseSqlite(DataFolder.SqliteConnectionString(_dataDir)).Options);
        db.Database.Migrate();
        return db;
    }

    [Fact]
    public async Task SetStatus_PersistsAcrossConnections()
    {
        using (var db = OpenDatabase())
        {
            await new ProgressStore(db, _clock).SetStatusAsync(MlPrepDbContext.LocalUser, "ml.knn", TopicStatus.Done);
        }

        using (var db = OpenDatabase())
        {
            var store = new ProgressStore(db, _clock);
            Assert.Equal(TopicStatus.Done, await store.GetStatusAsync(MlPrepDbContext.LocalUser, "ml.knn"));
            Assert.Equal(TopicStatus.NotStarted, await store.GetStatusAsync(MlPrepDbContext.LocalUser, "ml.svm"));
            var row = await db.TopicProgress.SingleAsync();
            Assert.Equal(new DateTime(2026, 11, 24, 9, 30, 0, DateTimeKind.Utc), row.UpdatedUtc);
        }
    }

    [Fact]
    public async Task SetStatus_Twice_UpdatesTheSameRow()
    {
        using var db = OpenDatabase();
        var store = new ProgressStore(db, _clock);

        await store.SetStatusAsync(MlPrepDbContext.LocalUser, "ml.knn", TopicStatus.Learning);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await store.SetStatusAsync(MlPrepDbContext.LocalUser, "ml.knn", TopicStatus.Done);

        var row = await db.TopicProgress.AsNoTracking().SingleAsync();
        Assert.Equal(TopicStatus.Done, row.Status);
        Assert.Equal(new DateTime(2026, 11, 24, 9, 35, 0, DateTimeKind.Utc), row.UpdatedUtc);
    }

    [Fact]
    public async Task GetStatuses_KeepsUsersApart()
    {
        using var db = OpenDatabase();
        var store = new ProgressStore(db, _clock);

        await store.SetStatusAsync("alice", "ml.knn", TopicStatus.Done);
        await store.SetStatusAsync("bob", "ml.knn", TopicStatus.Skipped);
        await store.SetStatusAsync("alice", "ml.svm", TopicStatus.Learning);

        var alice = await store.GetStatusesAsync("alice");
        Assert.Equal(2, alice.Count);
        Assert.Equal(TopicStatus.Done, alice["ml.knn"]);
        Assert.Equal(TopicStatus.Skipped, (await store.GetStatusesAsync("bob"))["ml.knn"]);
    }

    [Fact]
    public void Migrate_CreatesTheProgressTableInTheDataFolder()
    {
        using var db = OpenDatabase();

        Assert.True(File.Exists(Path.Combine(_dataDir, DataFolder.DatabaseFileName)));
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public void Resolve_PrefersTheExplicitFolder()
    {
        Assert.Equal(Path.GetFullPath("/tmp/somewhere"), DataFolder.Resolve("/tmp/somewhere"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }
}
