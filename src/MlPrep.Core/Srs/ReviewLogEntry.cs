namespace MlPrep.Core.Srs;

/// <summary>What happened at one review: enough to store in the review log and to replay the card later.</summary>
/// <param name="Rating">The grade given.</param>
/// <param name="ReviewedAt">When (UTC).</param>
/// <param name="PreviousState">The card's state before the review.</param>
/// <param name="ElapsedDays">Whole days since the previous review (0 for the first review and for same-day reviews).</param>
/// <param name="Retrievability">The predicted recall probability at the moment of review (0 for a new card).</param>
/// <param name="Interval">The time until the card is due again.</param>
public sealed record ReviewLogEntry(Rating Rating, DateTimeOffset ReviewedAt, CardState PreviousState, int ElapsedDays, double Retrievability, TimeSpan Interval);

/// <summary>The outcome of a review: the card's new state and the log entry to store with it.</summary>
public sealed record ReviewResult(SrsCard Card, ReviewLogEntry Log);
