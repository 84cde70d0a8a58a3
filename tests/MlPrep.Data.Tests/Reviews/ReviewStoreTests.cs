using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MlPrep.Core.Srs;
using MlPrep.Data.Reviews;

namespace MlPrep.Data.Tests.Reviews;

public sealed class ReviewStoreTests : IDisposable
{
    private const string User = MlPrepDbContext.LocalUser;
    private readonly string _dataDir = TestRepo.NewTempDir("data");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
    private readonly Scheduler _scheduler;

    public ReviewStoreTests()
    {
        Directory.CreateDirectory(_dataDir);
        _scheduler = new Scheduler(new SchedulerOptions { EnableFuzz = false }, _clock);
    }

    private MlPrepDbContext OpenDatabase()
    {
        var db = new MlPrepDbContext(new DbContextOptionsBuilder<MlPrepDbContext>().UseSqlite(DataFolder.SqliteConnectionString(_dataDir)).Options);
        db.Database.Migrate();
        return db;
    }

    private async Task<ReviewLog> GradeAsync(ReviewStore store, string cardId, Rating rating)
    {
        var before = (await store.GetCardAsync(User, cardId))?.ToSrsCard() ?? SrsCard.New(_clock.GetUtcNow());
        return await store.RecordAsync(User, cardId, "ml.knn", before, _scheduler.Review(before, rating), durationMs: 4200);
    }

    [Fact]
    public async Task Record_StoresTheCardStateAndTheLogRow()
    {
        using (var db = OpenDatabase())
        {
            await GradeAsync(new ReviewStore(db, _clock), "ml.knn/c1", Rating.Good);
        }

        using (var db = OpenDatabase())
        {
            var store = new ReviewStore(db, _clock);
            var card = (await store.GetCardAsync(User, "ml.knn/c1"))!;
            Assert.Equal(CardState.Learning, card.State);
            Assert.Equal(1, card.Step);
            Assert.Equal(_clock.GetUtcNow().AddMinutes(10), card.ToSrsCard().Due);
            var log = Assert.Single(await store.LogAsync(User));
            Assert.Equal((Rating.Good, CardState.New, CardState.Learning, 4200L), (log.Rating, log.StateBefore, log.StateAfter, log.DurationMs!.Value));
            Assert.Equal(1, await store.NewCardsTodayAsync(User));
        }
    }

    [Fact]
    public async Task UndoLast_RestoresThePreviousStateAndDeletesTheLogRow()
    {
        using var db = OpenDatabase();
        var store = new ReviewStore(db, _clock);
        await GradeAsync(store, "ml.knn/c1", Rating.Good);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var before = (await store.GetCardAsync(User, "ml.knn/c1"))!.ToSrsCard();
        await GradeAsync(store, "ml.knn/c1", Rating.Good);
        Assert.Equal(CardState.Review, (await store.GetCardAsync(User, "ml.knn/c1"))!.State);

        var undone = await store.UndoLastAsync(User);

        Assert.Equal(CardState.Learning, undone!.StateBefore);
        Assert.Equal(before, (await store.GetCardAsync(User, "ml.knn/c1"))!.ToSrsCard());
        Assert.Single(await store.LogAsync(User));
        await store.UndoLastAsync(User);
        Assert.Equal(CardState.New, (await store.GetCardAsync(User, "ml.knn/c1"))!.State);
        Assert.Equal(0, await store.NewCardsTodayAsync(User));
        Assert.Null(await store.UndoLastAsync(User));
    }

    [Fact]
    public async Task BringForward_MakesSeenCardsDueAndUnlocksNewOnes()
    {
        using var db = OpenDatabase();
        var store = new ReviewStore(db, _clock);
        await GradeAsync(store, "ml.knn/c1", Rating.Easy); // a review card, due in days
        _clock.Advance(TimeSpan.FromHours(1));

        var changed = await store.BringForwardAsync(User, "ml.knn", ["ml.knn/c1", "ml.knn/c2"]);

        Assert.Equal(2, changed);
        var learner = await store.LoadAsync(User);
        Assert.Equal(_clock.GetUtcNow(), learner.Cards["ml.knn/c1"].Card.Due);
        Assert.Equal(CardState.Review, learner.Cards["ml.knn/c1"].Card.State);
        Assert.Equal(CardState.New, learner.Cards["ml.knn/c2"].Card.State);
        Assert.Equal(_clock.GetUtcNow(), learner.Cards["ml.knn/c2"].UnlockedAt);
        Assert.Null(learner.Cards["ml.knn/c1"].UnlockedAt);
    }

    [Fact]
    public async Task Rows_AreKeyedByContentIdAndKeptWhateverTheContent()
    {
        using var db = OpenDatabase();
        var store = new ReviewStore(db, _clock);
        await GradeAsync(store, "ml.gone/c7", Rating.Hard);
        await store.AddQuizAnswerAsync(User, "ml.gone/q2", "ml.gone", chosenIndex: 3, correct: false);
        await store.AddQuizAnswerAsync("someone-else", "ml.gone/q2", "ml.gone", chosenIndex: 1, correct: true);

        var answer = Assert.Single(await store.QuizAnswersAsync(User, "ml.gone"));
        Assert.Equal((3, false), (answer.ChosenIndex, answer.Correct));
        Assert.True((await store.LoadAsync(User)).Cards.ContainsKey("ml.gone/c7"));
        Assert.Empty((await store.LoadAsync("someone-else")).Cards);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }
}
