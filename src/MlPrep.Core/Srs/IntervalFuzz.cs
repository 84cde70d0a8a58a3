namespace MlPrep.Core.Srs;

/// <summary>
/// Interval fuzz: a review interval of I ≥ 3 days becomes a whole number of days drawn uniformly from
/// [I - δ, I + δ] (rounded, at least 2, at most the maximum interval), where δ = 1 + 0.15·(part of I in 2.5..7)
/// + 0.1·(part in 7..20) + 0.05·(part above 20). The draw is a pure function of a seed and the review, so a preview of
/// the buttons and the review itself agree, and a seeded test always sees the same interval.
/// </summary>
public static class IntervalFuzz
{
    private static readonly (double Start, double End, double Factor)[] Ranges =
    [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, double.PositiveInfinity, 0.05),
    ];

    /// <summary>The smallest and largest fuzzed interval for an interval of <paramref name="days"/> (both equal to it below 2.5 days).</summary>
    public static (int Min, int Max) Range(int days, int maximumInterval)
    {
        if (days < 2.5)
        {
            return (days, days);
        }

        var delta = 1.0;
        foreach (var (start, end, factor) in Ranges)
        {
            delta += factor * Math.Max(Math.Min(days, end) - start, 0);
        }

        var max = Math.Min((int)Math.Round(days + delta, MidpointRounding.ToEven), maximumInterval);
        var min = Math.Min(Math.Max(2, (int)Math.Round(days - delta, MidpointRounding.ToEven)), max);
        return (min, max);
    }

    /// <summary>The fuzzed interval for <paramref name="days"/>, using <paramref name="unit"/> in [0, 1) as the random draw.</summary>
    public static int Apply(int days, int maximumInterval, double unit)
    {
        var (min, max) = Range(days, maximumInterval);
        return min == max ? min : Math.Min(min + (int)Math.Floor(unit * (max - min + 1)), max);
    }

    /// <summary>A uniform number in [0, 1) determined by the seed and the given values (SplitMix64 mixing).</summary>
    public static double Unit(ulong seed, params ReadOnlySpan<long> values)
    {
        var state = Mix(seed + 0x9E3779B97F4A7C15UL);
        foreach (var value in values)
        {
            state = Mix(state ^ (ulong)value);
        }

        return (state >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
