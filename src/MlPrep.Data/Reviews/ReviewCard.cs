using MlPrep.Core.Srs;

namespace MlPrep.Data.Reviews;

/// <summary>
/// The FSRS state of one card for one learner. Keyed by the stable card id, so editing content never loses
/// it; a row whose card left the content is kept, not deleted.
/// </summary>
public sealed class ReviewCard
{
    public required string UserId { get; set; }

    public required string CardId { get; set; }

    /// <summary>The card's topic when it was last stored (for per-topic queries).</summary>
    public required string TopicId { get; set; }

    public CardState State { get; set; }

    public double Stability { get; set; }

    public double Difficulty { get; set; }

    public int Step { get; set; }

    public DateTime DueUtc { get; set; }

    public DateTime? LastReviewUtc { get; set; }

    /// <summary>Set when a wrong quiz answer brought this new card forward: it may be shown that day beyond the daily limit.</summary>
    public DateTime? UnlockedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public SrsCard ToSrsCard() => new(Stability, Difficulty, State, Step, AsUtc(DueUtc), LastReviewUtc is { } last ? AsUtc(last) : null);

    public void Set(SrsCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        State = card.State;
        Stability = card.Stability;
        Difficulty = card.Difficulty;
        Step = card.Step;
        DueUtc = card.Due.UtcDateTime;
        LastReviewUtc = card.LastReview?.UtcDateTime;
    }

    internal static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
