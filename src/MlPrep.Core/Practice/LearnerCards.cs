using MlPrep.Core.Progress;
using MlPrep.Core.Srs;

namespace MlPrep.Core.Practice;

/// <summary>
/// A card's stored scheduling state. <see cref="UnlockedAt"/> is set when a wrong quiz answer brought a
/// new card forward: it may then be shown that day beyond the daily limit of new cards.
/// </summary>
public sealed record StoredCard(string CardId, SrsCard Card, DateTimeOffset? UnlockedAt = null);

/// <summary>What the planner needs to know about a learner: card states, topic statuses, and today's new cards.</summary>
/// <param name="Cards">The stored state of every card the learner has met, by card id.</param>
/// <param name="Statuses">Topic statuses, by topic id (missing: not started).</param>
/// <param name="NewCardsToday">How many new cards the learner has already seen today (first reviews since the start of the day).</param>
public sealed record LearnerCards(IReadOnlyDictionary<string, StoredCard> Cards, IReadOnlyDictionary<string, TopicStatus> Statuses, int NewCardsToday)
{
    public static LearnerCards Empty { get; } = new(new Dictionary<string, StoredCard>(), new Dictionary<string, TopicStatus>(), 0);
}
