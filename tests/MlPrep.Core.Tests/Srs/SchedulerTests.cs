using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

/// <summary>The scheduler's rules and formulas, checked against values worked out by hand from FSRS-6's equations.</summary>
public sealed class SchedulerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly double[] W = [.. FsrsParameters.Default.Values];

    private static readonly Scheduler NoFuzz = new(new SchedulerOptions { EnableFuzz = false });

    private static SrsCard ReviewCard(double stability, double difficulty) =>
        new(stability, difficulty, CardState.Review, 0, T0.AddDays(stability), T0);

    private static double InitialDifficulty(int grade) => W[4] - Math.Exp(W[5] * (grade - 1)) + 1;

    private static double NextDifficulty(double difficulty, int grade) =>
        Math.Clamp(W[7] * InitialDifficulty(4) + (1 - W[7]) * (difficulty - W[6] * (grade - 3) * (10 - difficulty) / 9), 1, 10);

    [Fact]
    public void DefaultParameters_AreThePublishedFsrs6Defaults()
    {
        Assert.Equal(
            [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
            FsrsParameters.Default.Values);
        var options = new SchedulerOptions();
        Assert.Equal(0.9, options.DesiredRetention);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)], options.LearningSteps);
        Assert.Equal([TimeSpan.FromMinutes(10)], options.RelearningSteps);
        Assert.Equal(36500, options.MaximumInterval);
    }

    [Theory]
    [InlineData(Rating.Again, 0.212, 6.4133, CardState.Learning, 0, 60)]
    [InlineData(Rating.Hard, 1.2931, 5.11217, CardState.Learning, 0, 330)]
    [InlineData(Rating.Good, 2.3065, 2.11810, CardState.Learning, 1, 600)]
    [InlineData(Rating.Easy, 8.2956, 1.0, CardState.Review, 0, 8 * 86400)]
    public void Review_NewCard_StartsFromInitialStabilityAndDifficulty(Rating rating, double s0, double d0, CardState state, int step, int dueSeconds)
    {
        var (card, log) = NoFuzz.Review(SrsCard.New(T0), rating, T0);

        // S0 = w[G-1]; D0 = w4 - e^(w5 (G-1)) + 1, clamped to [1, 10] (Easy: 6.4133 - e^2.5002 + 1 < 1).
        Assert.Equal(W[(int)rating - 1], card.Stability, 12);
        Assert.Equal(Math.Clamp(InitialDifficulty((int)rating), 1, 10), card.Difficulty, 12);
        Assert.Equal(s0, card.Stability, 4);
        Assert.Equal(d0, card.Difficulty, 4);
        Assert.Equal(state, card.State);
        Assert.Equal(step, card.Step);
        // Again: the first step (1 min); Hard: halfway between the first two (5.5 min); Good: the second step (10 min);
        // Easy: graduates with I = S at 90% retention, round(8.2956) = 8 days.
        Assert.Equal(T0.AddSeconds(dueSeconds), card.Due);
        Assert.Equal(T0, card.LastReview);
        Assert.Equal(CardState.New, log.PreviousState);
        Assert.Equal(0, log.Retrievability);
    }

    [Fact]
    public void Fuzz_GivesTheSameIntervalWhetherPreviewedOrGradedMinutesLater_AndVariesAcrossCards()
    {
        var fuzzed = new Scheduler(new SchedulerOptions { EnableFuzz = true });
        var card = ReviewCard(30, 5);
        var reviewedAt = T0.AddDays(30).AddHours(2);

        var preview = fuzzed.Review(card, Rating.Good, reviewedAt).Card.Due - reviewedAt;
        var graded = fuzzed.Review(card, Rating.Good, reviewedAt.AddMinutes(3)).Card.Due - reviewedAt.AddMinutes(3);

        Assert.Equal(preview, graded);
        var intervals = Enumerable.Range(0, 20)
            .Select(k => fuzzed.Review(ReviewCard(30 + (k * 0.01), 5), Rating.Good, reviewedAt).Card.Due - reviewedAt)
            .Distinct()
            .Count();
        Assert.True(intervals > 1, "fuzz never moved the interval");
    }

    [Fact]
    public void Review_GoodOnLastLearningStep_GraduatesWithShortTermStability()
    {
        var learning = NoFuzz.Review(SrsCard.New(T0), Rating.Good, T0).Card;

        var card = NoFuzz.Review(learning, Rating.Good, T0.AddMinutes(10)).Card;

        // Same day: S' = S e^(w17 (G - 3 + w18)) S^(-w19), here 2.3065 * 1.0507 * 0.9465 = 0.9945 S, raised to S for Good.
        var factor = Math.Exp(W[17] * W[18]) * Math.Pow(W[2], -W[19]);
        Assert.True(factor < 1);
        Assert.Equal(W[2], card.Stability, 12);
        Assert.Equal(NextDifficulty(InitialDifficulty(3), 3), card.Difficulty, 12);
        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(T0.AddMinutes(10).AddDays(2), card.Due);
    }

    [Fact]
    public void Review_AgainOnSameDay_ShrinksStabilityByTheShortTermFactor()
    {
        var learning = NoFuzz.Review(SrsCard.New(T0), Rating.Good, T0).Card;

        var card = NoFuzz.Review(learning, Rating.Again, T0.AddMinutes(3)).Card;

        Assert.Equal(W[2] * Math.Exp(W[17] * (-2 + W[18])) * Math.Pow(W[2], -W[19]), card.Stability, 12);
        Assert.Equal(CardState.Learning, card.State);
        Assert.Equal(0, card.Step);
        Assert.Equal(T0.AddMinutes(4), card.Due);
    }

    [Theory]
    [InlineData(Rating.Hard)]
    [InlineData(Rating.Good)]
    [InlineData(Rating.Easy)]
    public void Review_RecallAtNinetyPercent_GrowsStabilityByTheRecallFormula(Rating rating)
    {
        var card = ReviewCard(10, 5);

        var (next, log) = NoFuzz.Review(card, rating, T0.AddDays(10));

        // t = S, so R = 0.9; S' = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) h b).
        Assert.Equal(0.9, log.Retrievability, 12);
        var bonus = rating == Rating.Hard ? W[15] : rating == Rating.Easy ? W[16] : 1;
        var expected = 10 * (1 + Math.Exp(W[8]) * (11 - 5) * Math.Pow(10, -W[9]) * (Math.Exp(W[10] * 0.1) - 1) * bonus);
        Assert.Equal(expected, next.Stability, 10);
        Assert.Equal(NextDifficulty(5, (int)rating), next.Difficulty, 12);
        Assert.Equal(CardState.Review, next.State);
        Assert.Equal(T0.AddDays(10 + Math.Round(expected)), next.Due);
    }

    [Fact]
    public void Review_AfterLapse_ShrinksStabilityAndStartsRelearning()
    {
        var card = ReviewCard(10, 5);

        var (next, log) = NoFuzz.Review(card, Rating.Again, T0.AddDays(10));

        // S'f = min(w11 D^-w12 ((S+1)^w13 - 1) e^(w14 (1-R)), S / e^(w17 w18)); D' moves up by w6 (10 - D) 2/9.
        var longTerm = W[11] * Math.Pow(5, -W[12]) * (Math.Pow(11, W[13]) - 1) * Math.Exp(W[14] * 0.1);
        Assert.Equal(Math.Min(longTerm, 10 / Math.Exp(W[17] * W[18])), next.Stability, 12);
        Assert.Equal(1.3920, next.Stability, 4);
        Assert.Equal(NextDifficulty(5, 1), next.Difficulty, 12);
        Assert.True(next.Difficulty > 5);
        Assert.Equal(CardState.Relearning, next.State);
        Assert.Equal(0, next.Step);
        Assert.Equal(T0.AddDays(10).AddMinutes(10), next.Due);
        Assert.Equal(CardState.Review, log.PreviousState);
        Assert.Equal(10, log.ElapsedDays);
    }

    [Fact]
    public void Review_Relearning_HardWaitsOneAndAHalfStepsAndGoodGraduates()
    {
        var lapsed = NoFuzz.Review(ReviewCard(10, 5), Rating.Again, T0.AddDays(10)).Card;
        var at = T0.AddDays(10).AddMinutes(10);

        var hard = NoFuzz.Review(lapsed, Rating.Hard, at).Card;
        var good = NoFuzz.Review(lapsed, Rating.Good, at).Card;

        Assert.Equal((CardState.Relearning, 0, at.AddMinutes(15)), (hard.State, hard.Step, hard.Due));
        Assert.Equal(CardState.Review, good.State);
        Assert.Equal(at.AddDays(NoFuzz.IntervalDays(good.Stability)), good.Due);
    }

    [Fact]
    public void Retrievability_IsNinetyPercentAfterStabilityDays_AndCountsWholeDays()
    {
        var card = ReviewCard(10, 5);

        Assert.Equal(1, NoFuzz.Retrievability(card, T0.AddHours(23)), 12);
        Assert.Equal(0.9, NoFuzz.Retrievability(card, T0.AddDays(10)), 12);
        Assert.Equal(NoFuzz.Retrievability(card, T0.AddDays(10)), NoFuzz.Retrievability(card, T0.AddDays(10.9)), 12);
        Assert.True(NoFuzz.Retrievability(card, T0.AddDays(30)) < 0.9);
        Assert.Equal(0, NoFuzz.Retrievability(SrsCard.New(T0), T0.AddDays(1)));
        // R(t, S) = (1 + F t / S)^(-w20) with F = 0.9^(-1/w20) - 1, for fractional t too.
        var factor = Math.Pow(0.9, -1 / W[20]) - 1;
        Assert.Equal(Math.Pow(1 + factor * 2.5 / 10, -W[20]), NoFuzz.Model.Retrievability(2.5, 10), 12);
    }

    [Theory]
    [InlineData(0.69)]
    [InlineData(0.995)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Options_RetentionOutsideSeventyToNinetyNinePercent_IsRejected(double retention)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Scheduler(new SchedulerOptions { DesiredRetention = retention }));

        Assert.Contains("between 0.70 and 0.99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IntervalDays_LowerRetention_GivesLongerIntervals()
    {
        int Days(double retention) => new Scheduler(new SchedulerOptions { DesiredRetention = retention }).IntervalDays(10);

        Assert.Equal(10, Days(0.9));
        Assert.True(Days(0.70) > Days(0.8));
        Assert.True(Days(0.8) > Days(0.9));
        Assert.True(Days(0.9) > Days(0.99));
        Assert.Equal(1, new Scheduler().IntervalDays(0.01));
    }

    [Fact]
    public void Review_HugeStability_IsCappedAtTheMaximumInterval()
    {
        var card = ReviewCard(1e6, 1);

        var next = NoFuzz.Review(card, Rating.Easy, T0.AddDays(100)).Card;
        var capped = new Scheduler(new SchedulerOptions { EnableFuzz = false, MaximumInterval = 365 }).Review(card, Rating.Easy, T0.AddDays(100)).Card;
        var fuzzed = new Scheduler(new SchedulerOptions { FuzzSeed = 3 }).Review(card, Rating.Easy, T0.AddDays(100)).Card;

        Assert.Equal(36500, (next.Due - T0.AddDays(100)).TotalDays);
        Assert.Equal(365, (capped.Due - T0.AddDays(100)).TotalDays);
        Assert.True((fuzzed.Due - T0.AddDays(100)).TotalDays <= 36500);
    }

    [Fact]
    public void Review_BeforeLastReviewOrWithUnknownRating_Throws()
    {
        var card = ReviewCard(10, 5);

        Assert.Contains("before the card's last review", Assert.Throws<ArgumentException>(() => NoFuzz.Review(card, Rating.Good, T0.AddSeconds(-1))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => NoFuzz.Review(card, (Rating)0, T0.AddDays(1)));
        Assert.Throws<ArgumentException>(() => NoFuzz.Review(card, (Rating)5, T0.AddDays(1)));
    }

    [Fact]
    public void PreviewIntervals_GivesTheDueTimeEachGradeWouldGive()
    {
        var scheduler = new Scheduler(new SchedulerOptions { FuzzSeed = 11 });
        var card = ReviewCard(30, 4);
        var now = T0.AddDays(31);

        var preview = scheduler.PreviewIntervals(card, now);

        foreach (var rating in Enum.GetValues<Rating>())
        {
            Assert.Equal(scheduler.Review(card, rating, now).Card.Due, preview.DueFor(rating));
        }

        Assert.Equal(TimeSpan.FromMinutes(10), preview.IntervalFor(Rating.Again));
        Assert.True(preview.Hard < preview.Good && preview.Good < preview.Easy);
    }

    [Fact]
    public void Review_WithoutTime_UsesTheSchedulersClock()
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzz = false }, new FixedClock(T0));

        var card = scheduler.Review(scheduler.NewCard(), Rating.Good).Card;

        Assert.Equal(T0, card.LastReview);
        Assert.Equal(T0.AddMinutes(10), card.Due);
        Assert.Equal(scheduler.PreviewIntervals(card, T0), scheduler.PreviewIntervals(card));
    }

    [Fact]
    public void Review_NonUtcTime_IsStoredAsUtc()
    {
        var local = new DateTimeOffset(2025, 3, 1, 11, 0, 0, TimeSpan.FromHours(2));

        var card = NoFuzz.Review(SrsCard.New(local), Rating.Again, local).Card;

        Assert.Equal(TimeSpan.Zero, card.Due.Offset);
        Assert.Equal(T0.AddMinutes(1), card.Due);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
