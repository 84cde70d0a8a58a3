using System.Globalization;

namespace MlPrep.Core.Srs;

/// <summary>How a <see cref="Scheduler"/> schedules: the model's parameters, the retention to aim for, the short steps, the cap and the fuzz.</summary>
public sealed record SchedulerOptions
{
    public const double MinRetention = 0.70;
    public const double MaxRetention = 0.99;
    public const int DefaultMaximumInterval = 36500;

    /// <summary>The 21 FSRS-6 weights (default: the published defaults).</summary>
    public FsrsParameters Parameters { get; init; } = FsrsParameters.Default;

    /// <summary>The recall probability at which a review card falls due: 0.70 to 0.99, default 0.9.</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>The waits between the short reviews of a new card before it graduates (default 1 min, 10 min).</summary>
    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    /// <summary>The waits between the short reviews of a lapsed card (default 10 min).</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    /// <summary>The longest interval, in days (default 36500, about 100 years).</summary>
    public int MaximumInterval { get; init; } = DefaultMaximumInterval;

    /// <summary>Spread review intervals of 3 days or more a little, so cards learned together do not stay together.</summary>
    public bool EnableFuzz { get; init; } = true;

    /// <summary>The seed of the fuzz: the same seed, card and review time always give the same interval.</summary>
    public ulong FuzzSeed { get; init; }

    /// <summary>Null when <paramref name="retention"/> is allowed, else a message saying the allowed range.</summary>
    public static string? CheckRetention(double retention) =>
        retention is >= MinRetention and <= MaxRetention
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"desired retention must be between {MinRetention:0.00} and {MaxRetention:0.00}, not {retention}");

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Parameters);
        if (CheckRetention(DesiredRetention) is { } retentionProblem)
        {
            throw new ArgumentException(retentionProblem, nameof(DesiredRetention));
        }

        if (MaximumInterval < 1)
        {
            throw new ArgumentException($"the maximum interval must be at least 1 day, not {MaximumInterval}", nameof(MaximumInterval));
        }

        CheckSteps(LearningSteps, nameof(LearningSteps));
        CheckSteps(RelearningSteps, nameof(RelearningSteps));
    }

    private static void CheckSteps(IReadOnlyList<TimeSpan> steps, string name)
    {
        ArgumentNullException.ThrowIfNull(steps, name);
        if (steps.Any(step => step <= TimeSpan.Zero || step >= TimeSpan.FromDays(1)))
        {
            throw new ArgumentException($"{name} must each be longer than zero and shorter than a day", name);
        }
    }
}
