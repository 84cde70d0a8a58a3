using MlPrep.Core.Curriculum;
using MlPrep.Core.Practice;
using MlPrep.Core.Srs;
using MlPrep.Data;
using MlPrep.Data.Reviews;

namespace MlPrep.Web.Practice;

/// <summary>What the statistics page shows: the three series and the totals behind them.</summary>
public sealed record StatsView(
    DateOnly Today,
    IReadOnlyList<DayCount> ReviewsPerDay,
    IReadOnlyList<DayCount> Forecast,
    IReadOnlyList<WeekRetention> Retention,
    double DesiredRetention,
    int ReviewsAllTime,
    int ReviewsToday,
    int CardsStarted,
    int DueNow)
{
    public const int CalendarWeeks = 26;
    public const int ForecastDays = 30;
    public const int RetentionWeeks = 12;
}

/// <summary>Computes the learner's readiness and statistics from the stored card states, review log and quiz answers.</summary>
public sealed class ReadinessService(Curriculum curriculum, ReviewStore store, Scheduler scheduler, TimeProvider clock)
{
    private const string User = MlPrepDbContext.LocalUser;

    public async Task<Readiness> ReadinessAsync(CancellationToken cancellationToken = default)
    {
        var learner = await store.LoadAsync(User, cancellationToken);
        var quiz = await store.QuizResultsByTopicAsync(User, cancellationToken);
        return Readiness.Compute(curriculum, learner, quiz, scheduler, clock.GetUtcNow());
    }

    public async Task<StatsView> StatsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = ReviewStats.DayOf(now);
        var since = ReviewStats.WeekStart(today).AddDays(-7 * (StatsView.CalendarWeeks - 1));
        var history = await store.HistoryAsync(User, since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), cancellationToken);
        var learner = await store.LoadAsync(User, cancellationToken);
        var started = learner.Cards.Values.Where(c => c.Card.State != CardState.New).Select(c => c.Card).ToList();
        return new StatsView(
            today,
            ReviewStats.ReviewsPerDay(history, today, StatsView.CalendarWeeks),
            ReviewStats.DueForecast(started, now, StatsView.ForecastDays),
            ReviewStats.RetentionByWeek(history, today, StatsView.RetentionWeeks),
            scheduler.Options.DesiredRetention,
            await store.CountAsync(User, cancellationToken),
            history.Count(r => ReviewStats.DayOf(r.ReviewedAt) == today),
            started.Count,
            started.Count(c => c.Due <= now));
    }
}
