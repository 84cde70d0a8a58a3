using System.Globalization;
using MlPrep.Core.Practice;

namespace MlPrep.Web.Charts;

/// <summary>
/// The statistics page's charts as inline SVG: reviews per day as a calendar heat map, the due-card forecast as
/// bars, and the weekly retention as a line against the desired retention. Every cell, bar and point has a
/// <c>&lt;title&gt;</c> with its numbers, and every chart says what it shows when there is nothing to show yet.
/// </summary>
public static class StatsCharts
{
    private const double Cell = 12;
    private const double CellStep = 15;
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    private static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", En);

    private static string Short(DateOnly day) => day.ToString("d MMM", En);

    /// <summary>A share as a whole percentage: 0.873 is "87%".</summary>
    public static string Pct(double share) => $"{Math.Round(100 * share, MidpointRounding.AwayFromZero).ToString(En)}%";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count.ToString(En)} {noun}s";

    /// <summary>The shade (0 none, 1-4 more) of a day with <paramref name="count"/> reviews when the busiest day had <paramref name="max"/>.</summary>
    public static int HeatLevel(int count, int max) => count <= 0 || max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(4.0 * count / max), 1, 4);

    /// <summary>
    /// A GitHub-style calendar: one column per week (Monday at the top), one cell per day up to
    /// <paramref name="today"/>, shaded by the number of reviews relative to the busiest day.
    /// </summary>
    public static SvgBuilder HeatMap(IReadOnlyList<DayCount> days, DateOnly today, string id = "heatmap")
    {
        ArgumentNullException.ThrowIfNull(days);
        const double left = 30, top = 18;
        var first = days.Count > 0 ? days[0].Day : ReviewStats.WeekStart(today);
        var weeks = Math.Max(1, (today.DayNumber - first.DayNumber) / 7 + 1);
        var total = days.Sum(d => d.Count);
        var max = days.Count == 0 ? 0 : days.Max(d => d.Count);
        var active = days.Count(d => d.Count > 0);
        var busiest = days.Where(d => d.Count == max && max > 0).Select(d => (DateOnly?)d.Day).FirstOrDefault();
        var description = total == 0
            ? $"No reviews yet in the last {weeks} weeks."
            : $"{Plural(total, "review")} on {Plural(active, "day")} in the last {weeks} weeks; the busiest day was {Day(busiest!.Value)} with {Plural(max, "review")}.";
        var svg = new SvgBuilder(id, left + weeks * CellStep + 2, top + 7 * CellStep + 2, "Reviews per day", description, "chart chart-heatmap");

        svg.Group("chart-axis-labels");
        foreach (var (row, name) in new[] { (0, "Mon"), (2, "Wed"), (4, "Fri") })
        {
            svg.Text(left - 5, top + row * CellStep + Cell - 2, name, "chart-label", "end");
        }

        var lastLabelled = -3;
        for (var week = 0; week < weeks; week++)
        {
            var monday = first.AddDays(7 * week);
            var previous = monday.AddDays(-7);
            if ((week == 0 || monday.Month != previous.Month) && week - lastLabelled >= 3)
            {
                svg.Text(left + week * CellStep, top - 6, monday.ToString("MMM", En), "chart-label");
                lastLabelled = week;
            }
        }

        svg.EndGroup();
        svg.Group("heat-cells", "Days");
        foreach (var day in days)
        {
            var offset = day.Day.DayNumber - first.DayNumber;
            var level = HeatLevel(day.Count, max);
            var tooltip = day.Count == 0 ? $"No reviews on {Day(day.Day)}" : $"{Plural(day.Count, "review")} on {Day(day.Day)}";
            svg.Rect(
                left + offset / 7 * CellStep,
                top + offset % 7 * CellStep,
                Cell,
                Cell,
                $"heat-cell heat-{level}{(day.Day == today ? " heat-today" : "")}",
                tooltip,
                [new("day", day.Day.ToString("yyyy-MM-dd", En)), new("count", day.Count.ToString(En))],
                radius: 2);
        }

        svg.EndGroup();
        return svg;
    }

    /// <summary>Bars of the cards due on each of the coming days, today (with the overdue ones) first.</summary>
    public static SvgBuilder DueForecast(IReadOnlyList<DayCount> days, string id = "forecast")
    {
        ArgumentNullException.ThrowIfNull(days);
        const double width = 640, height = 210, left = 36, right = 8, top = 16, bottom = 26;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var total = days.Sum(d => d.Count);
        var max = days.Count == 0 ? 0 : days.Max(d => d.Count);
        var scale = NiceMax(max);
        var description = total == 0
            ? "No cards are scheduled yet: a card gets its due date when it is first reviewed."
            : $"{Plural(total, "card")} fall due in the next {days.Count} days, {Plural(days.Count > 0 ? days[0].Count : 0, "card")} today (overdue included); the busiest day has {max.ToString(En)}.";
        var svg = new SvgBuilder(id, width, height, $"Cards due in the next {days.Count} days", description, "chart chart-forecast");
        Grid(svg, left, width - right, top, plotHeight, scale, v => v.ToString(En));

        var step = days.Count == 0 ? plotWidth : plotWidth / days.Count;
        svg.Group("bars", "Days");
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var barHeight = scale == 0 ? 0 : plotHeight * day.Count / scale;
            var x = left + i * step + 1;
            var label = i == 0 ? $"Today: {Plural(day.Count, "card")} due (overdue included)" : $"{Day(day.Day)}: {Plural(day.Count, "card")} due";
            svg.Rect(x, top + plotHeight - barHeight, step - 2, barHeight, i == 0 ? "bar bar-today" : "bar", label, [new("day", day.Day.ToString("yyyy-MM-dd", En)), new("count", day.Count.ToString(En))], radius: 1.5);
            if (day.Count > 0)
            {
                svg.Text(x + (step - 2) / 2, top + plotHeight - barHeight - 3, day.Count.ToString(En), "chart-value", "middle");
            }
        }

        svg.EndGroup();
        svg.Group("chart-axis-labels");
        for (var i = 0; i < days.Count; i += 7)
        {
            svg.Text(left + i * step + step / 2, height - 8, i == 0 ? "Today" : Short(days[i].Day), "chart-label", "middle");
        }

        svg.EndGroup();
        if (total == 0)
        {
            svg.Text(left + plotWidth / 2, top + plotHeight / 2, "No cards scheduled yet", "chart-empty", "middle");
        }

        return svg;
    }

    /// <summary>
    /// The share of reviews of cards in long-term review that were recalled, per week, as points joined by a line
    /// (weeks without such reviews leave a gap), with each week's count below it and the desired retention dashed.
    /// </summary>
    public static SvgBuilder Retention(IReadOnlyList<WeekRetention> weeks, double desiredRetention, string id = "retention")
    {
        ArgumentNullException.ThrowIfNull(weeks);
        const double width = 640, height = 220, left = 40, right = 70, top = 14, bottom = 40;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var measured = weeks.Where(w => w.Share is not null).ToList();
        var reviews = measured.Sum(w => w.Reviews);
        var recalled = measured.Sum(w => w.Recalled);
        var lowest = measured.Count == 0 ? 1 : measured.Min(w => w.Share!.Value);
        var floor = Math.Min(0.5, Math.Floor(Math.Min(lowest, desiredRetention) * 10) / 10);
        double Y(double share) => top + plotHeight * (1 - (share - floor) / (1 - floor));
        var description = measured.Count == 0
            ? $"No reviews of cards in long-term review yet; the desired retention is {Pct(desiredRetention)}."
            : $"{Pct((double)recalled / reviews)} of {Plural(reviews, "review")} of cards in long-term review recalled over {Plural(measured.Count, "week")}, against a desired retention of {Pct(desiredRetention)}.";
        var svg = new SvgBuilder(id, width, height, "Retention per week", description, "chart chart-retention");

        svg.Group("chart-grid");
        for (var share = floor; share <= 1.0001; share += 0.1)
        {
            svg.Line(left, Y(share), left + plotWidth, Y(share), "chart-gridline");
            svg.Text(left - 5, Y(share) + 3.5, Pct(share), "chart-label", "end");
        }

        svg.EndGroup();
        svg.Line(left, Y(desiredRetention), left + plotWidth, Y(desiredRetention), "chart-target");
        svg.Text(left + plotWidth + 5, Y(desiredRetention) + 3.5, $"target {Pct(desiredRetention)}", "chart-target-label");

        var step = weeks.Count == 0 ? plotWidth : plotWidth / weeks.Count;
        double X(int i) => left + i * step + step / 2;
        var run = new List<(double X, double Y)>();
        for (var i = 0; i <= weeks.Count; i++)
        {
            if (i < weeks.Count && weeks[i].Share is { } share)
            {
                run.Add((X(i), Y(share)));
                continue;
            }

            if (run.Count > 1)
            {
                svg.Polyline(run, "chart-line");
            }

            run.Clear();
        }

        svg.Group("points", "Weeks");
        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            var label = week.Share is { } share
                ? $"Week of {Short(week.WeekStart)}: {Pct(share)} recalled ({week.Recalled.ToString(En)} of {Plural(week.Reviews, "review")})"
                : $"Week of {Short(week.WeekStart)}: no reviews of cards in long-term review";
            if (week.Share is { } value)
            {
                svg.Circle(X(i), Y(value), 4, "chart-point", label, [new("week", week.WeekStart.ToString("yyyy-MM-dd", En)), new("reviews", week.Reviews.ToString(En)), new("recalled", week.Recalled.ToString(En))]);
            }

            svg.Text(X(i), height - 22, Short(week.WeekStart), "chart-label", "middle");
            svg.Text(X(i), height - 8, week.Reviews == 0 ? "–" : $"n={week.Reviews.ToString(En)}", "chart-count", "middle");
        }

        svg.EndGroup();
        if (measured.Count == 0)
        {
            svg.Text(left + plotWidth / 2, top + plotHeight / 2, "No reviews of learned cards yet", "chart-empty", "middle");
        }

        return svg;
    }

    /// <summary>A round upper bound for a bar chart's axis: 4 at least, then 1, 2 or 5 times a power of ten, or a multiple of 4.</summary>
    public static int NiceMax(int max)
    {
        if (max <= 4)
        {
            return 4;
        }

        var magnitude = (int)Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var factor in new[] { 1, 2, 4, 5, 10 })
        {
            if (factor * magnitude >= max)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>The step between gridlines for an axis that ends at <paramref name="scale"/>: whole numbers, four or five steps where they divide evenly.</summary>
    public static int TickStep(int scale) => scale % 4 == 0 ? Math.Max(1, scale / 4) : scale % 5 == 0 ? scale / 5 : Math.Max(1, scale / 2);

    private static void Grid(SvgBuilder svg, double x1, double x2, double top, double plotHeight, int scale, Func<int, string> label)
    {
        svg.Group("chart-grid");
        var step = TickStep(scale);
        for (var value = 0; value <= scale; value += step)
        {
            var y = top + plotHeight - (scale == 0 ? 0 : plotHeight * value / scale);
            svg.Line(x1, y, x2, y, value == 0 ? "chart-axis" : "chart-gridline");
            svg.Text(x1 - 5, y + 3.5, label(value), "chart-label", "end");
        }

        svg.EndGroup();
    }
}
