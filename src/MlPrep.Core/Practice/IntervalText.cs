using System.Globalization;

namespace MlPrep.Core.Practice;

/// <summary>Short interval labels for the grade buttons, as Anki writes them: 1m, 10m, 5h, 3d, 2.1mo, 1.4y.</summary>
public static class IntervalText
{
    private const double DaysPerMonth = 365.25 / 12;
    private const double DaysPerYear = 365.25;

    public static string Format(TimeSpan interval)
    {
        var culture = CultureInfo.InvariantCulture;
        if (interval < TimeSpan.FromMinutes(1))
        {
            return interval <= TimeSpan.Zero ? "now" : $"{Math.Max(1, (int)Math.Round(interval.TotalSeconds))}s";
        }

        if (interval < TimeSpan.FromHours(1))
        {
            return $"{(int)Math.Round(interval.TotalMinutes)}m";
        }

        if (interval < TimeSpan.FromDays(1))
        {
            return OneDecimal(interval.TotalHours, "h", culture);
        }

        if (interval.TotalDays < DaysPerMonth)
        {
            return $"{(int)Math.Round(interval.TotalDays)}d";
        }

        return interval.TotalDays < DaysPerYear
            ? OneDecimal(interval.TotalDays / DaysPerMonth, "mo", culture)
            : OneDecimal(interval.TotalDays / DaysPerYear, "y", culture);
    }

    private static string OneDecimal(double value, string unit, CultureInfo culture)
    {
        var rounded = Math.Round(value, 1);
        return rounded == Math.Floor(rounded) ? $"{rounded.ToString("0", culture)}{unit}" : $"{rounded.ToString("0.0", culture)}{unit}";
    }
}
