namespace MlPrep.Core.Srs;

/// <summary>
/// The FSRS-6 scheduler: grades a card and says when it is due next. A new card goes through the learning steps
/// (1 min, 10 min): Again restarts them, Hard repeats the current one (the first one waits halfway between the first two),
/// Good moves on, and Good on the last step or Easy graduates it to Review. A review card is due when its predicted
/// recall probability falls to the desired retention (<see cref="MemoryModel.IntervalDays"/>, whole days, 1 to the
/// maximum interval, fuzzed if enabled); Again sends it through the relearning steps (10 min), which work like the
/// learning steps. Memory is updated by <see cref="MemoryModel"/>: reviews less than a whole day after the previous one
/// use the same-day (short-term) formula. Follows open-spaced-repetition's py-fsrs 6.x (checked step by step against it
/// by the fixture tests) except that: a card starts in <see cref="CardState.New"/> (py-fsrs starts it in Learning with no
/// memory yet); a review before the card's last review is rejected; any UTC offset is accepted and converted to UTC; and
/// fuzz is drawn uniformly from the whole fuzz range by a seeded hash of the review (<see cref="IntervalFuzz"/>) instead
/// of Python's global random generator, whose rounding gives the ends of the range half weight.
/// </summary>
public sealed class Scheduler
{
    private readonly SchedulerOptions _options;
    private readonly TimeProvider _time;

    public Scheduler(SchedulerOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new SchedulerOptions();
        _options.Validate();
        _time = time ?? TimeProvider.System;
        Model = new MemoryModel(_options.Parameters);
    }

    public SchedulerOptions Options => _options;

    public MemoryModel Model { get; }

    /// <summary>A card never reviewed, due now.</summary>
    public SrsCard NewCard() => SrsCard.New(_time.GetUtcNow());

    /// <summary>Grades <paramref name="card"/> now (by the scheduler's clock).</summary>
    public ReviewResult Review(SrsCard card, Rating rating) => Review(card, rating, _time.GetUtcNow());

    /// <summary>Grades <paramref name="card"/> at <paramref name="now"/> and returns its next state and the log entry.</summary>
    /// <exception cref="ArgumentException">The rating is not 1-4, or <paramref name="now"/> is before the card's last review.</exception>
    public ReviewResult Review(SrsCard card, Rating rating, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (rating is < Rating.Again or > Rating.Easy)
        {
            throw new ArgumentException($"the rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not {(int)rating}", nameof(rating));
        }

        now = now.ToUniversalTime();
        CheckReviewable(card, now);
        var elapsedDays = ElapsedDays(card, now);
        var retrievability = Retrievability(card, now);
        var memory = card.State == CardState.New
            ? Model.Initial(rating)
            : Model.Next(new MemoryState(card.Stability, card.Difficulty), elapsedDays, rating);

        var (state, step, interval) = card.State switch
        {
            CardState.New => Steps(_options.LearningSteps, CardState.Learning, 0, rating, memory.Stability),
            CardState.Learning => Steps(_options.LearningSteps, CardState.Learning, card.Step, rating, memory.Stability),
            CardState.Relearning => Steps(_options.RelearningSteps, CardState.Relearning, card.Step, rating, memory.Stability),
            CardState.Review when rating == Rating.Again && _options.RelearningSteps.Count > 0 =>
                (CardState.Relearning, 0, _options.RelearningSteps[0]),
            CardState.Review => Graduate(memory.Stability),
            _ => throw new ArgumentException($"unknown card state {card.State}", nameof(card)),
        };

        if (state == CardState.Review && _options.EnableFuzz)
        {
            // Seeded by the card's state and the day, not the instant: the interval a grade button
            // previews is the one that grade then gives, seconds later.
            var unit = IntervalFuzz.Unit(_options.FuzzSeed, now.UtcTicks / TimeSpan.TicksPerDay, card.LastReview?.UtcTicks ?? 0, BitConverter.DoubleToInt64Bits(card.Stability), BitConverter.DoubleToInt64Bits(card.Difficulty), (long)rating);
            interval = TimeSpan.FromDays(IntervalFuzz.Apply(interval.Days, _options.MaximumInterval, unit));
        }

        var next = new SrsCard(memory.Stability, memory.Difficulty, state, step, now + interval, now);
        return new ReviewResult(next, new ReviewLogEntry(rating, now, card.State, elapsedDays, retrievability, interval));
    }

    /// <summary>When the card would be due after each of the four grades, if graded at <paramref name="now"/> (for the buttons).</summary>
    public IntervalPreview PreviewIntervals(SrsCard card, DateTimeOffset now)
    {
        now = now.ToUniversalTime();
        return new IntervalPreview(
            now,
            Review(card, Rating.Again, now).Card.Due,
            Review(card, Rating.Hard, now).Card.Due,
            Review(card, Rating.Good, now).Card.Due,
            Review(card, Rating.Easy, now).Card.Due);
    }

    /// <summary>The preview at the scheduler's clock.</summary>
    public IntervalPreview PreviewIntervals(SrsCard card) => PreviewIntervals(card, _time.GetUtcNow());

    /// <summary>
    /// R, the predicted probability of recalling the card at <paramref name="now"/>: R(t, S) with t the whole days since
    /// its last review, as the scheduler uses it. 0 for a new card.
    /// </summary>
    public double Retrievability(SrsCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.State == CardState.New || card.LastReview is null ? 0 : Model.Retrievability(ElapsedDays(card, now), card.Stability);
    }

    /// <summary>R at the scheduler's clock.</summary>
    public double Retrievability(SrsCard card) => Retrievability(card, _time.GetUtcNow());

    /// <summary>The whole review interval for stability S: round(I(r, S)), at least 1 day, at most the maximum interval (before fuzz).</summary>
    public int IntervalDays(double stability)
    {
        var days = Model.IntervalDays(stability, _options.DesiredRetention);
        return double.IsNaN(days) ? 1 : (int)Math.Clamp(Math.Round(days, MidpointRounding.ToEven), 1, _options.MaximumInterval);
    }

    /// <summary>Whole days between the card's last review and <paramref name="now"/> (floor); 0 for a new card or an earlier time.</summary>
    public static int ElapsedDays(SrsCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.LastReview is { } last && now > last ? (int)Math.Min((now - last).Ticks / TimeSpan.TicksPerDay, int.MaxValue) : 0;
    }

    private static void CheckReviewable(SrsCard card, DateTimeOffset now)
    {
        if (card.State != CardState.New && card.LastReview is null)
        {
            throw new ArgumentException($"a {card.State} card must have a last review time", nameof(card));
        }

        if (card.LastReview is { } last && now < last)
        {
            throw new ArgumentException($"the review time {now:O} is before the card's last review {last:O}", nameof(now));
        }

        if (card.Step < 0)
        {
            throw new ArgumentException($"the card's step must not be negative, not {card.Step}", nameof(card));
        }
    }

    private (CardState State, int Step, TimeSpan Interval) Steps(IReadOnlyList<TimeSpan> steps, CardState stepping, int step, Rating rating, double stability)
    {
        // A step past the end (the card was stepped by a scheduler with more steps) graduates unless the card lapsed.
        if (steps.Count == 0 || (step >= steps.Count && rating != Rating.Again))
        {
            return Graduate(stability);
        }

        return rating switch
        {
            Rating.Again => (stepping, 0, steps[0]),
            Rating.Hard when step == 0 && steps.Count == 1 => (stepping, 0, steps[0] * 1.5),
            Rating.Hard when step == 0 => (stepping, 0, (steps[0] + steps[1]) / 2),
            Rating.Hard => (stepping, step, steps[step]),
            Rating.Good when step + 1 >= steps.Count => Graduate(stability),
            Rating.Good => (stepping, step + 1, steps[step + 1]),
            _ => Graduate(stability),
        };
    }

    private (CardState State, int Step, TimeSpan Interval) Graduate(double stability) =>
        (CardState.Review, 0, TimeSpan.FromDays(IntervalDays(stability)));
}

/// <summary>When a card would be due after each grade, for showing intervals on the four buttons.</summary>
public sealed record IntervalPreview(DateTimeOffset ReviewedAt, DateTimeOffset Again, DateTimeOffset Hard, DateTimeOffset Good, DateTimeOffset Easy)
{
    public DateTimeOffset DueFor(Rating rating) => rating switch
    {
        Rating.Again => Again,
        Rating.Hard => Hard,
        Rating.Good => Good,
        Rating.Easy => Easy,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "the rating must be 1-4"),
    };

    /// <summary>The wait until the card is due after <paramref name="rating"/>.</summary>
    public TimeSpan IntervalFor(Rating rating) => DueFor(rating) - ReviewedAt;
}
