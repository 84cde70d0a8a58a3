using System.Xml.Linq;
using MlPrep.Core.Practice;
using MlPrep.Web.Charts;

namespace MlPrep.Web.Tests.Charts;

/// <summary>The statistics charts: one shape per day or week, with its numbers in its title, and readable empty states.</summary>
public sealed class StatsChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateOnly Today = new(2026, 3, 10); // a Tuesday

    private static XElement Parse(SvgBuilder builder) => XElement.Parse(builder.ToString());

    private static string Title(XElement shape) => shape.Element(Svg + "title")!.Value;

    [Fact]
    public void HeatMap_HasACellPerDay_ShadedRelativeToTheBusiestDay_WithTodayMarked()
    {
        var days = ReviewStats.ReviewsPerDay([], Today, weeks: 2).Select(d => d.Day == Today ? d with { Count = 8 } : d.Day == Today.AddDays(-1) ? d with { Count = 2 } : d).ToList();

        var svg = Parse(StatsCharts.HeatMap(days, Today));
        var cells = svg.Descendants(Svg + "rect").ToList();
        var today = cells.Single(c => (string?)c.Attribute("data-day") == "2026-03-10");

        Assert.Equal(9, cells.Count);
        Assert.Equal("8 reviews on Tue 10 Mar 2026", Title(today));
        Assert.Contains("heat-4", (string?)today.Attribute("class"), StringComparison.Ordinal);
        Assert.Contains("heat-today", (string?)today.Attribute("class"), StringComparison.Ordinal);
        Assert.Equal("2 reviews on Mon 9 Mar 2026", Title(cells.Single(c => (string?)c.Attribute("data-day") == "2026-03-09")));
        Assert.Contains("heat-1", (string?)cells[^2].Attribute("class"), StringComparison.Ordinal);
        Assert.Equal("No reviews on Mon 2 Mar 2026", Title(cells[0]));
        Assert.Equal("10 reviews on 2 days in the last 2 weeks; the busiest day was Tue 10 Mar 2026 with 8 reviews.", svg.Element(Svg + "desc")!.Value);
        // Monday 9 March starts the second column (x = 30 + 15, y = 18); Tuesday 10 March is the cell below it.
        Assert.Equal(("45", "18"), ((string?)cells[7].Attribute("x"), (string?)cells[7].Attribute("y")));
        Assert.Equal(("45", "33"), ((string?)today.Attribute("x"), (string?)today.Attribute("y")));
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 10, 1)]
    [InlineData(3, 10, 2)]
    [InlineData(6, 10, 3)]
    [InlineData(10, 10, 4)]
    public void HeatLevel_SplitsTheRangeInFour(int count, int max, int level) => Assert.Equal(level, StatsCharts.HeatLevel(count, max));

    [Fact]
    public void HeatMap_WithoutReviews_SaysSo()
    {
        var svg = Parse(StatsCharts.HeatMap(ReviewStats.ReviewsPerDay([], Today, weeks: 26), Today));

        Assert.Equal("No reviews yet in the last 26 weeks.", svg.Element(Svg + "desc")!.Value);
        Assert.All(svg.Descendants(Svg + "rect"), c => Assert.Contains("heat-0", (string?)c.Attribute("class"), StringComparison.Ordinal));
    }

    [Fact]
    public void DueForecast_HasABarPerDay_WithCountsInTitlesAndOnTop()
    {
        var days = Enumerable.Range(0, 30).Select(i => new DayCount(Today.AddDays(i), i switch { 0 => 12, 1 => 3, _ => 0 })).ToList();

        var svg = Parse(StatsCharts.DueForecast(days));
        var bars = svg.Descendants(Svg + "rect").ToList();

        Assert.Equal(30, bars.Count);
        Assert.Equal("Today: 12 cards due (overdue included)", Title(bars[0]));
        Assert.Equal("Wed 11 Mar 2026: 3 cards due", Title(bars[1]));
        Assert.Equal("Thu 12 Mar 2026: 0 cards due", Title(bars[2]));
        Assert.True(double.Parse((string)bars[0].Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture) > double.Parse((string)bars[1].Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "12" && (string?)t.Attribute("class") == "chart-value");
        Assert.StartsWith("15 cards fall due in the next 30 days, 12 cards today", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void DueForecast_WithNothingScheduled_SaysSo()
    {
        var svg = Parse(StatsCharts.DueForecast([.. Enumerable.Range(0, 30).Select(i => new DayCount(Today.AddDays(i), 0))]));

        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "No cards scheduled yet");
    }

    [Fact]
    public void Retention_PlotsMeasuredWeeks_WithCounts_AndTheTargetLine()
    {
        var weeks = new[]
        {
            new WeekRetention(new DateOnly(2026, 2, 23), 0, 0),
            new WeekRetention(new DateOnly(2026, 3, 2), 15, 13),
            new WeekRetention(new DateOnly(2026, 3, 9), 4, 4),
        };

        var svg = Parse(StatsCharts.Retention(weeks, 0.9));
        var points = svg.Descendants(Svg + "circle").ToList();

        Assert.Equal(2, points.Count);
        Assert.Equal("Week of 2 Mar: 87% recalled (13 of 15 reviews)", Title(points[0]));
        Assert.Equal("Week of 9 Mar: 100% recalled (4 of 4 reviews)", Title(points[1]));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "n=15");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "target 90%");
        Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "chart-target");
        Assert.Single(svg.Descendants(Svg + "polyline")); // the empty first week leaves no gap between the other two
        Assert.Equal("89% of 19 reviews of cards in long-term review recalled over 2 weeks, against a desired retention of 90%.", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Retention_WithoutReviews_SaysSo()
    {
        var svg = Parse(StatsCharts.Retention(ReviewStats.RetentionByWeek([], Today), 0.9));

        Assert.Empty(svg.Descendants(Svg + "circle"));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "No reviews of learned cards yet");
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(7, 10)]
    [InlineData(12, 20)]
    [InlineData(35, 40)]
    [InlineData(41, 50)]
    [InlineData(101, 200)]
    public void NiceMax_RoundsUp(int max, int expected) => Assert.Equal(expected, StatsCharts.NiceMax(max));

    [Theory]
    [InlineData(4, 1)]
    [InlineData(10, 2)]
    [InlineData(20, 5)]
    [InlineData(50, 10)]
    [InlineData(200, 50)]
    public void TickStep_GivesWholeEvenSteps(int scale, int step) => Assert.Equal(step, StatsCharts.TickStep(scale));

    [Fact]
    public void DueForecast_LabelsTheAxisInEvenSteps()
    {
        var days = Enumerable.Range(0, 30).Select(i => new DayCount(Today.AddDays(i), i == 0 ? 6 : 0)).ToList();

        var labels = Parse(StatsCharts.DueForecast(days)).Descendants(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "end").Select(t => t.Value);

        Assert.Equal(["0", "2", "4", "6", "8", "10"], labels);
    }
}
