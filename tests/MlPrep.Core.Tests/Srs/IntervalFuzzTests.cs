using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

public sealed class IntervalFuzzTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 2, 2)]
    [InlineData(3, 2, 4)]
    [InlineData(10, 8, 12)]
    [InlineData(100, 93, 107)]
    [InlineData(36500, 34673, 36500)]
    public void Range_WidensWithTheInterval(int days, int min, int max)
    {
        // δ = 1 + 0.15·(part in 2.5..7) + 0.1·(part in 7..20) + 0.05·(part above 20); for 100 days δ = 6.975.
        Assert.Equal((min, max), IntervalFuzz.Range(days, 36500));
    }

    [Fact]
    public void Apply_SpansTheRangeUniformly()
    {
        Assert.Equal(93, IntervalFuzz.Apply(100, 36500, 0));
        Assert.Equal(107, IntervalFuzz.Apply(100, 36500, 0.999999));
        Assert.Equal(100, IntervalFuzz.Apply(100, 36500, 0.5));
        Assert.Equal(2, IntervalFuzz.Apply(2, 36500, 0.99));
    }

    [Fact]
    public void Review_SameSeedAndTime_GivesTheSameInterval()
    {
        var card = new SrsCard(100, 5, CardState.Review, 0, T0.AddDays(100), T0);
        var now = T0.AddDays(100);

        var first = new Scheduler(new SchedulerOptions { FuzzSeed = 7 }).Review(card, Rating.Good, now).Card.Due;
        var second = new Scheduler(new SchedulerOptions { FuzzSeed = 7 }).Review(card, Rating.Good, now).Card.Due;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Review_Fuzzed_StaysInRangeAndSpreadsOverIt()
    {
        var plain = new Scheduler(new SchedulerOptions { EnableFuzz = false });
        var fuzzed = new Scheduler(new SchedulerOptions { FuzzSeed = 42 });
        var card = new SrsCard(100, 5, CardState.Review, 0, T0.AddDays(100), T0);
        var seen = new HashSet<int>();
        var seeds = new HashSet<int>();

        // Fuzz is fixed within a day (a previewed interval is the one given), so spread over review days.
        for (var minute = 0; minute < 300; minute++)
        {
            var now = T0.AddDays(100 + minute).AddMinutes(minute);
            var days = (int)(plain.Review(card, Rating.Good, now).Card.Due - now).TotalDays;
            var (min, max) = IntervalFuzz.Range(days, 36500);
            var fuzzedDays = (fuzzed.Review(card, Rating.Good, now).Card.Due - now).TotalDays;
            Assert.InRange(fuzzedDays, min, max);
            Assert.Equal(Math.Floor(fuzzedDays), fuzzedDays);
            seen.Add((int)fuzzedDays - days);
            seeds.Add((int)(new Scheduler(new SchedulerOptions { FuzzSeed = (ulong)minute }).Review(card, Rating.Good, T0.AddDays(100)).Card.Due - T0.AddDays(100)).TotalDays);
        }

        Assert.True(seen.Count >= 10, $"only {seen.Count} distinct offsets");
        Assert.Contains(seen, offset => offset < 0);
        Assert.Contains(seen, offset => offset > 0);
        Assert.True(seeds.Count >= 10, "different seeds should give different intervals");
    }

    [Fact]
    public void Review_LearningStepsAndFuzzOff_AreNeverFuzzed()
    {
        var scheduler = new Scheduler(new SchedulerOptions { FuzzSeed = 5 });
        var plain = new Scheduler(new SchedulerOptions { EnableFuzz = false });
        var card = new SrsCard(100, 5, CardState.Review, 0, T0.AddDays(100), T0);

        Assert.Equal(T0.AddMinutes(1), scheduler.Review(SrsCard.New(T0), Rating.Again, T0).Card.Due);
        Assert.Equal(T0.AddDays(100).AddMinutes(10), scheduler.Review(card, Rating.Again, T0.AddDays(100)).Card.Due);
        Assert.Equal(plain.IntervalDays(plain.Review(card, Rating.Good, T0.AddDays(100)).Card.Stability), (plain.Review(card, Rating.Good, T0.AddDays(100)).Card.Due - T0.AddDays(100)).TotalDays);
    }
}
