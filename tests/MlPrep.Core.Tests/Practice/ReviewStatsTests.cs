using MlPrep.Core.Practice;
using MlPrep.Core.Srs;
using static MlPrep.Core.Tests.Practice.PracticeFixture;

namespace MlPrep.Core.Tests.Practice;

/// <summary>The statistics page's numbers; Now is Tuesday 10 March 2026, 12:00 UTC.</summary>
public sealed class ReviewStatsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static GradedReview At(int month, int day, int hour, Rating rating, CardState before = CardState.Review) =>
        new(new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.Zero), rating, before);

    [Fact]
    public void WeekStart_IsTheMondayOnOrBefore()
    {
        Assert.Equal(new DateOnly(2026, 3, 9), ReviewStats.WeekStart(Today));
        Assert.Equal(new DateOnly(2026, 3, 9), ReviewStats.WeekStart(new DateOnly(2026, 3, 9)));
        Assert.Equal(new DateOnly(2026, 3, 9), ReviewStats.WeekStart(new DateOnly(2026, 3, 15)));
    }

    [Fact]
    public void ReviewsPerDay_CountsEachUtcDayFromTheFirstMondayToToday()
    {
        var reviews = new[]
        {
            At(3, 10, 1, Rating.Good), At(3, 10, 23, Rating.Again, CardState.Learning),
            At(3, 2, 0, Rating.Easy), At(3, 1, 23, Rating.Good), // the Sunday before the calendar starts
        };

        var days = ReviewStats.ReviewsPerDay(reviews, Today, weeks: 2);

        Assert.Equal(9, days.Count); // Monday 2 March to Tuesday 10 March
        Assert.Equal(new DayCount(new DateOnly(2026, 3, 2), 1), days[0]);
        Assert.Equal(new DayCount(Today, 2), days[^1]);
        Assert.Equal(3, days.Sum(d => d.Count));
    }

    [Fact]
    public void DueForecast_CountsOverdueToday_AndLeavesNewCardsOut()
    {
        SrsCard Due(DateTimeOffset due, CardState state = CardState.Review) => new(5, 5, state, 0, due, Now.AddDays(-5));
        var cards = new[]
        {
            Due(Now.AddDays(-2)), Due(Now.AddHours(6)), Due(Now.AddDays(1)), Due(Now.AddMinutes(10), CardState.Learning),
            Due(Now.AddDays(29)), Due(Now.AddDays(30)), SrsCard.New(Now),
        };

        var forecast = ReviewStats.DueForecast(cards, Now, days: 30);

        Assert.Equal(30, forecast.Count);
        Assert.Equal(new DayCount(Today, 3), forecast[0]);
        Assert.Equal(new DayCount(Today.AddDays(1), 1), forecast[1]);
        Assert.Equal(1, forecast[29].Count);
        Assert.Equal(5, forecast.Sum(d => d.Count));
    }

    [Fact]
    public void RetentionByWeek_CountsReviewCardsRecalledWithHardOrBetter()
    {
        var reviews = new[]
        {
            At(3, 3, 9, Rating.Good), At(3, 4, 9, Rating.Again),
            At(3, 10, 9, Rating.Hard), At(3, 10, 10, Rating.Easy),
            At(3, 10, 11, Rating.Again, CardState.Learning), At(3, 10, 12, Rating.Good, CardState.New),
            At(2, 1, 9, Rating.Again), // before the first week
        };

        var weeks = ReviewStats.RetentionByWeek(reviews, Today, weeks: 3);

        Assert.Equal([new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9)], weeks.Select(w => w.WeekStart));
        Assert.Equal(new WeekRetention(new DateOnly(2026, 2, 23), 0, 0), weeks[0]);
        Assert.Null(weeks[0].Share);
        Assert.Equal(0.5, weeks[1].Share);
        Assert.Equal((2, 2), (weeks[2].Reviews, weeks[2].Recalled));
        Assert.Equal(1.0, weeks[2].Share);
    }
}
