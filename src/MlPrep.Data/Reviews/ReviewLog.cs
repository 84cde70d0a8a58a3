using MlPrep.Core.Srs;

namespace MlPrep.Data.Reviews;

/// <summary>
/// One graded review: the rating, when, how long the answer took, and the card's state before and after. The
/// state before is kept whole so that undo can put the card back exactly as it was.
/// </summary>
public sealed class ReviewLog
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string CardId { get; set; }

    public required string TopicId { get; set; }

    public Rating Rating { get; set; }

    public DateTime ReviewedUtc { get; set; }

    /// <summary>Whole days since the card's previous review (0 for the first and for same-day reviews).</summary>
    public int ElapsedDays { get; set; }

    /// <summary>How long the learner took to answer, from seeing the front to grading; null when not measured.</summary>
    public long? DurationMs { get; set; }

    /// <summary>The predicted recall probability at the moment of review (0 for a new card).</summary>
    public double Retrievability { get; set; }

    public CardState StateBefore { get; set; }

    public double StabilityBefore { get; set; }

    public double DifficultyBefore { get; set; }

    public int StepBefore { get; set; }

    public DateTime DueBeforeUtc { get; set; }

    public DateTime? LastReviewBeforeUtc { get; set; }

    public CardState StateAfter { get; set; }

    public double StabilityAfter { get; set; }

    public double DifficultyAfter { get; set; }

    public DateTime DueAfterUtc { get; set; }

    /// <summary>The card as it was before this review.</summary>
    public SrsCard Before() => new(StabilityBefore, DifficultyBefore, StateBefore, StepBefore, ReviewCard.AsUtc(DueBeforeUtc), LastReviewBeforeUtc is { } last ? ReviewCard.AsUtc(last) : null);
}
