using MlPrep.Core.Curriculum;
using MlPrep.Core.Progress;
using MlPrep.Core.Srs;

namespace MlPrep.Core.Practice;

/// <summary>One card to show in a review session, with its topic and current scheduling state.</summary>
public sealed record PlannedCard(Card Card, Topic Topic, SrsCard State, bool IsNew);

/// <summary>
/// The cards of a session: due cards first, then new cards. <see cref="NewLeftToday"/> is how many more new
/// cards the daily limit allows; <see cref="NextDue"/> is when the next card in scope that is not due yet falls due.
/// </summary>
public sealed record ReviewSession(ReviewScope Scope, IReadOnlyList<PlannedCard> Cards, int DueCount, int NewCount, int NewLeftToday, DateTimeOffset? NextDue)
{
    /// <summary>
    /// Cards in their learning or relearning steps that fall due within <see cref="SessionPlanner.LearnAhead"/>, the
    /// earliest first: a session that is still open shows them when they fall due, so a card graded Again comes back.
    /// </summary>
    public IReadOnlyList<PlannedCard> Ahead { get; init; } = [];
}

/// <summary>
/// Chooses what to review. Due cards come first, the most forgotten first: ascending retrievability (the predicted
/// recall probability now), then the earliest due. New cards follow, in roadmap order, up to the daily limit, and
/// only from topics that are open: a topic is open when all of its prerequisites that are on the roadmap have been
/// started (a card of them reviewed, or the topic marked learning, done or skipped), or when it has none. New
/// cards that a wrong quiz answer unlocked today come before the others and do not count against the limit.
/// Topics marked skipped give no new cards.
/// </summary>
public sealed class SessionPlanner(Scheduler scheduler, TimeProvider clock)
{
    /// <summary>The default number of new cards a day.</summary>
    public const int DefaultNewCardsPerDay = 20;

    /// <summary>The most new cards a day that can be asked for.</summary>
    public const int MaxNewCardsPerDay = 500;

    /// <summary>
    /// How far ahead a session looks for cards in their learning steps (Anki's "learn ahead limit" is also 20 minutes):
    /// long enough to cover the 10-minute steps, short enough that they are still the same sitting.
    /// </summary>
    public static readonly TimeSpan LearnAhead = TimeSpan.FromMinutes(20);

    /// <summary>The start of the day (UTC) that <paramref name="now"/> falls in: the daily limit counts from it.</summary>
    public static DateTimeOffset DayStart(DateTimeOffset now) => new(now.UtcDateTime.Date, TimeSpan.Zero);

    public ReviewSession Plan(Curriculum.Curriculum curriculum, ReviewScope scope, LearnerCards learner, int newCardsPerDay = DefaultNewCardsPerDay)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentOutOfRangeException.ThrowIfNegative(newCardsPerDay);
        var now = clock.GetUtcNow();
        var today = DayStart(now);

        var due = new List<(PlannedCard Planned, double Retrievability, int Order)>();
        var unlocked = new List<PlannedCard>();
        var fresh = new List<PlannedCard>();
        var ahead = new List<PlannedCard>();
        DateTimeOffset? nextDue = null;
        var order = 0;
        var open = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var topic in scope.Topics)
        {
            foreach (var card in topic.Content?.Cards ?? [])
            {
                order++;
                var stored = learner.Cards.GetValueOrDefault(card.Id);
                if (stored is not null && stored.Card.State != CardState.New)
                {
                    if (stored.Card.Due <= now)
                    {
                        due.Add((new PlannedCard(card, topic, stored.Card, false), scheduler.Retrievability(stored.Card, now), order));
                    }
                    else
                    {
                        if (nextDue is null || stored.Card.Due < nextDue)
                        {
                            nextDue = stored.Card.Due;
                        }

                        if (stored.Card.State is CardState.Learning or CardState.Relearning && stored.Card.Due <= now + LearnAhead)
                        {
                            ahead.Add(new PlannedCard(card, topic, stored.Card, false));
                        }
                    }

                    continue;
                }

                var state = stored?.Card ?? SrsCard.New(now);
                if (stored?.UnlockedAt is { } unlockedAt && unlockedAt >= today)
                {
                    unlocked.Add(new PlannedCard(card, topic, state, true));
                }
                else if (learner.Statuses.GetValueOrDefault(topic.Id) != TopicStatus.Skipped && IsOpen(curriculum, topic, learner, open))
                {
                    fresh.Add(new PlannedCard(card, topic, state, true));
                }
            }
        }

        var newLeft = Math.Max(0, newCardsPerDay - learner.NewCardsToday);
        var newCards = unlocked.Concat(fresh.Take(newLeft)).ToList();
        var dueCards = due.OrderBy(d => d.Retrievability).ThenBy(d => d.Planned.State.Due).ThenBy(d => d.Order).Select(d => d.Planned).ToList();
        return new ReviewSession(scope, [.. dueCards, .. newCards], dueCards.Count, newCards.Count, Math.Max(0, newLeft - Math.Min(newLeft, fresh.Count)), nextDue)
        {
            Ahead = [.. ahead.OrderBy(a => a.State.Due)],
        };
    }

    /// <summary>Whether the topic's new cards may be shown: every prerequisite on the roadmap has been started.</summary>
    public static bool IsOpen(Curriculum.Curriculum curriculum, Topic topic, LearnerCards learner, Dictionary<string, bool>? cache = null)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(learner);
        if (cache is not null && cache.TryGetValue(topic.Id, out var known))
        {
            return known;
        }

        var open = (topic.Content?.Prerequisites ?? [])
            .Select(curriculum.FindTopic)
            .OfType<Topic>()
            .All(prerequisite => IsStarted(prerequisite, learner));
        cache?.Add(topic.Id, open);
        return open;
    }

    /// <summary>A topic is started when it is marked learning, done or skipped, or when one of its cards has been reviewed.</summary>
    public static bool IsStarted(Topic topic, LearnerCards learner)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(learner);
        if (learner.Statuses.GetValueOrDefault(topic.Id) is TopicStatus.Learning or TopicStatus.Done or TopicStatus.Skipped)
        {
            return true;
        }

        return (topic.Content?.Cards ?? []).Any(c => learner.Cards.TryGetValue(c.Id, out var stored) && stored.Card.State != CardState.New);
    }
}
