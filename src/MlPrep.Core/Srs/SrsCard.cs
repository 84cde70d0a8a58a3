namespace MlPrep.Core.Srs;

/// <summary>
/// The scheduling state of one card: an immutable value that <see cref="Scheduler.Review(SrsCard, Rating, DateTimeOffset)"/>
/// turns into the next one. All times are UTC.
/// </summary>
/// <param name="Stability">S, in days: the interval after which recall probability falls to 90%. 0 while <see cref="CardState.New"/>.</param>
/// <param name="Difficulty">D, from 1 (easy) to 10 (hard). 0 while <see cref="CardState.New"/>.</param>
/// <param name="State">New, Learning, Review or Relearning.</param>
/// <param name="Step">The index of the current learning or relearning step; 0 in New and Review.</param>
/// <param name="Due">When the card should next be shown.</param>
/// <param name="LastReview">When it was last reviewed; null while New.</param>
public sealed record SrsCard(double Stability, double Difficulty, CardState State, int Step, DateTimeOffset Due, DateTimeOffset? LastReview)
{
    /// <summary>A card never reviewed, due at once.</summary>
    public static SrsCard New(DateTimeOffset now) => new(0, 0, CardState.New, 0, now.ToUniversalTime(), null);
}
