using Microsoft.EntityFrameworkCore;
using MlPrep.Core.Practice;
using MlPrep.Core.Srs;

namespace MlPrep.Data.Reviews;

/// <summary>Reads and writes a learner's card states, review log and quiz answers.</summary>
public sealed class ReviewStore(MlPrepDbContext db, TimeProvider clock)
{
    /// <summary>Everything the session planner needs: card states, topic statuses and today's count of new cards.</summary>
    public async Task<LearnerCards> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var cards = await db.ReviewCards.AsNoTracking()
            .Where(c => c.UserId == userId)
            .ToDictionaryAsync(
                c => c.CardId,
                c => new StoredCard(c.CardId, c.ToSrsCard(), c.UnlockedUtc is { } unlocked ? ReviewCard.AsUtc(unlocked) : null),
                StringComparer.Ordinal,
                cancellationToken);
        var statuses = await db.TopicProgress.AsNoTracking()
            .Where(p => p.UserId == userId)
            .ToDictionaryAsync(p => p.TopicId, p => p.Status, StringComparer.Ordinal, cancellationToken);
        return new LearnerCards(cards, statuses, await NewCardsTodayAsync(userId, cancellationToken));
    }

    /// <summary>How many cards were seen for the first time since the start of today (UTC).</summary>
    public async Task<int> NewCardsTodayAsync(string userId, CancellationToken cancellationToken = default)
    {
        var dayStart = SessionPlanner.DayStart(clock.GetUtcNow()).UtcDateTime;
        return await db.ReviewLogs.AsNoTracking()
            .CountAsync(l => l.UserId == userId && l.StateBefore == CardState.New && l.ReviewedUtc >= dayStart, cancellationToken);
    }

    /// <summary>The stored state of one card; null when the learner has never met it.</summary>
    public async Task<ReviewCard?> GetCardAsync(string userId, string cardId, CancellationToken cancellationToken = default) =>
        await db.ReviewCards.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId && c.CardId == cardId, cancellationToken);

    /// <summary>Stores a graded review: the card's new state and the log row, together.</summary>
    public async Task<ReviewLog> RecordAsync(string userId, string cardId, string topicId, SrsCard before, ReviewResult result, long? durationMs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(result);
        var row = await db.ReviewCards.FindAsync([userId, cardId], cancellationToken);
        if (row is null)
        {
            row = new ReviewCard { UserId = userId, CardId = cardId, TopicId = topicId };
            db.ReviewCards.Add(row);
        }

        row.TopicId = topicId;
        row.Set(result.Card);
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        var log = new ReviewLog
        {
            UserId = userId,
            CardId = cardId,
            TopicId = topicId,
            Rating = result.Log.Rating,
            ReviewedUtc = result.Log.ReviewedAt.UtcDateTime,
            ElapsedDays = result.Log.ElapsedDays,
            DurationMs = durationMs,
            Retrievability = result.Log.Retrievability,
            StateBefore = before.State,
            StabilityBefore = before.Stability,
            DifficultyBefore = before.Difficulty,
            StepBefore = before.Step,
            DueBeforeUtc = before.Due.UtcDateTime,
            LastReviewBeforeUtc = before.LastReview?.UtcDateTime,
            StateAfter = result.Card.State,
            StabilityAfter = result.Card.Stability,
            DifficultyAfter = result.Card.Difficulty,
            DueAfterUtc = result.Card.Due.UtcDateTime,
        };
        db.ReviewLogs.Add(log);
        await db.SaveChangesAsync(cancellationToken);
        return log;
    }

    /// <summary>
    /// Takes back the learner's latest review: the card gets the state it had before, and the log row is deleted.
    /// Returns the deleted row, or null when there is nothing to undo.
    /// </summary>
    public async Task<ReviewLog?> UndoLastAsync(string userId, CancellationToken cancellationToken = default)
    {
        var log = await db.ReviewLogs.Where(l => l.UserId == userId).OrderByDescending(l => l.Id).FirstOrDefaultAsync(cancellationToken);
        if (log is null)
        {
            return null;
        }

        var row = await db.ReviewCards.FindAsync([userId, log.CardId], cancellationToken);
        if (row is not null)
        {
            row.Set(log.Before());
            row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        }

        db.ReviewLogs.Remove(log);
        await db.SaveChangesAsync(cancellationToken);
        return log;
    }

    /// <summary>The latest reviews, newest first.</summary>
    public async Task<IReadOnlyList<ReviewLog>> LogAsync(string userId, int limit = 100, CancellationToken cancellationToken = default) =>
        await db.ReviewLogs.AsNoTracking().Where(l => l.UserId == userId).OrderByDescending(l => l.Id).Take(limit).ToListAsync(cancellationToken);

    /// <summary>
    /// Brings a topic's cards forward after a wrong quiz answer: cards in review or learning that are not due yet
    /// become due now, and cards never seen are unlocked for today beyond the daily limit. Returns how many cards changed.
    /// </summary>
    public async Task<int> BringForwardAsync(string userId, string topicId, IEnumerable<string> cardIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cardIds);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = cardIds.ToList();
        var rows = await db.ReviewCards.Where(c => c.UserId == userId && ids.Contains(c.CardId)).ToDictionaryAsync(c => c.CardId, StringComparer.Ordinal, cancellationToken);
        var changed = 0;
        foreach (var id in ids)
        {
            if (!rows.TryGetValue(id, out var row))
            {
                row = new ReviewCard { UserId = userId, CardId = id, TopicId = topicId, State = CardState.New, DueUtc = now };
                db.ReviewCards.Add(row);
            }

            if (row.State == CardState.New)
            {
                row.UnlockedUtc = now;
                row.DueUtc = now;
            }
            else if (row.DueUtc > now)
            {
                row.DueUtc = now;
            }
            else
            {
                continue;
            }

            row.UpdatedUtc = now;
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>Every graded review since <paramref name="sinceUtc"/>, oldest first: the time, the rating and the state before.</summary>
    public async Task<IReadOnlyList<GradedReview>> HistoryAsync(string userId, DateTime sinceUtc, CancellationToken cancellationToken = default)
    {
        var rows = await db.ReviewLogs.AsNoTracking()
            .Where(l => l.UserId == userId && l.ReviewedUtc >= sinceUtc)
            .OrderBy(l => l.ReviewedUtc)
            .Select(l => new { l.ReviewedUtc, l.Rating, l.StateBefore })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new GradedReview(ReviewCard.AsUtc(r.ReviewedUtc), r.Rating, r.StateBefore))];
    }

    /// <summary>How many reviews the learner has graded, all time.</summary>
    public async Task<int> CountAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.ReviewLogs.AsNoTracking().CountAsync(l => l.UserId == userId, cancellationToken);

    /// <summary>Per topic, whether each quiz answer was right, oldest first (what readiness needs).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<bool>>> QuizResultsByTopicAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.QuizAnswers.AsNoTracking()
            .Where(a => a.UserId == userId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.TopicId, a.Correct })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.TopicId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<bool>)[.. g.Select(r => r.Correct)], StringComparer.Ordinal);
    }

    public async Task<QuizAnswer> AddQuizAnswerAsync(string userId, string itemId, string topicId, int chosenIndex, bool correct, CancellationToken cancellationToken = default)
    {
        var answer = new QuizAnswer { UserId = userId, ItemId = itemId, TopicId = topicId, ChosenIndex = chosenIndex, Correct = correct, AnsweredUtc = clock.GetUtcNow().UtcDateTime };
        db.QuizAnswers.Add(answer);
        await db.SaveChangesAsync(cancellationToken);
        return answer;
    }

    public async Task<IReadOnlyList<QuizAnswer>> QuizAnswersAsync(string userId, string? topicId = null, CancellationToken cancellationToken = default) =>
        await db.QuizAnswers.AsNoTracking()
            .Where(a => a.UserId == userId && (topicId == null || a.TopicId == topicId))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);

}
