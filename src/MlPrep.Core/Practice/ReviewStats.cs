using MlPrep.Core.Srs;

namespace MlPrep.Core.Practice;

/// <summary>One graded review, as the statistics need it.</summary>
public readonly record struct GradedReview(DateTimeOffset ReviewedAt, Rating Rating, CardState StateBefore);

/// <summary>A number of reviews (or due cards) on one day (UTC).</summary>
public readonly record struct DayCount(DateOnly Day, int Count);

/// <summary>
/// The reviews of cards in long-term review during one week (Monday to Sunday, UTC), and how many of them were
/// recalled (graded Hard or better).
/// </summary>
public readonly record struct WeekRetention(DateOnly WeekStart, int Reviews, int Recalled)
{
    /// <summary>Recalled / reviews; null for a week without reviews.</summary>
    public double? Share => Reviews == 0 ? null : (double)Recalled / Reviews;
}

/// <summary>
/// The numbers behind the statistics page, computed from the review log and the stored card states. Days and
/// weeks are UTC, as the daily limit of new cards counts them (<see cref="SessionPlanner.DayStart"/>); weeks start
/// on Monday.
/// </summary>
public static class ReviewStats
{
    /// <summary>The day (UTC) of <paramref name="time"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);

    /// <summary>The Monday on or before <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// Reviews per day for a calendar of <paramref name="weeks"/> whole weeks ending with the week of
    /// <paramref name="today"/>: every day from that first Monday to today, in order, zero where nothing was reviewed.
    /// </summary>
    public static IReadOnlyList<DayCount> ReviewsPerDay(IEnumerable<GradedReview> reviews, DateOnly today, int weeks = 26)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var first = WeekStart(today).AddDays(-7 * (weeks - 1));
        var counts = reviews.Select(r => DayOf(r.ReviewedAt)).Where(d => d >= first && d <= today).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enumerable.Range(0, today.DayNumber - first.DayNumber + 1).Select(i => first.AddDays(i)).Select(d => new DayCount(d, counts.GetValueOrDefault(d)))];
    }

    /// <summary>
    /// How many cards fall due on each of the next <paramref name="days"/> days, today first; cards already overdue
    /// count today. Cards never reviewed are left out: they are not scheduled yet.
    /// </summary>
    public static IReadOnlyList<DayCount> DueForecast(IEnumerable<SrsCard> cards, DateTimeOffset now, int days = 30)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = DayOf(now);
        var counts = new int[days];
        foreach (var card in cards.Where(c => c.State != CardState.New))
        {
            var offset = Math.Max(0, DayOf(card.Due).DayNumber - today.DayNumber);
            if (offset < days)
            {
                counts[offset]++;
            }
        }

        return [.. counts.Select((count, i) => new DayCount(today.AddDays(i), count))];
    }

    /// <summary>
    /// Per week, over the <paramref name="weeks"/> weeks ending with the week of <paramref name="today"/>: the reviews
    /// of cards that were in long-term review (learning and relearning steps left out, as they test minutes-old
    /// memories), and how many were recalled, graded Hard, Good or Easy. This is the measured counterpart of the
    /// desired retention.
    /// </summary>
    public static IReadOnlyList<WeekRetention> RetentionByWeek(IEnumerable<GradedReview> reviews, DateOnly today, int weeks = 12)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var first = WeekStart(today).AddDays(-7 * (weeks - 1));
        var byWeek = reviews
            .Where(r => r.StateBefore == CardState.Review)
            .Select(r => (Week: WeekStart(DayOf(r.ReviewedAt)), Recalled: r.Rating >= Rating.Hard))
            .Where(r => r.Week >= first && r.Week <= today)
            .GroupBy(r => r.Week)
            .ToDictionary(g => g.Key, g => (Reviews: g.Count(), Recalled: g.Count(r => r.Recalled)));
        return [.. Enumerable.Range(0, weeks).Select(i => first.AddDays(7 * i)).Select(w => byWeek.TryGetValue(w, out var c) ? new WeekRetention(w, c.Reviews, c.Recalled) : new WeekRetention(w, 0, 0))];
    }
}
