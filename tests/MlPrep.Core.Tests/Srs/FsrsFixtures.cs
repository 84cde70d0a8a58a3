using System.Text.Json;
using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

/// <summary>One review of a reference sequence: the input (rating, time) and what py-fsrs computed.</summary>
internal sealed record FixtureReview(int Rating, DateTimeOffset Time, double Retrievability, string State, int? Step, double Stability, double Difficulty, DateTimeOffset Due);

/// <summary>One card's review sequence under one scheduler configuration, as scripts/fixtures/fsrs_reference.py wrote it.</summary>
internal sealed record FixtureSequence(string Id, double[] Parameters, double DesiredRetention, int[] LearningSteps, int[] RelearningSteps, int MaximumInterval, FixtureReview[] Reviews)
{
    public SchedulerOptions Options => new()
    {
        Parameters = FsrsParameters.Create(Parameters),
        DesiredRetention = DesiredRetention,
        LearningSteps = [.. LearningSteps.Select(s => TimeSpan.FromSeconds(s))],
        RelearningSteps = [.. RelearningSteps.Select(s => TimeSpan.FromSeconds(s))],
        MaximumInterval = MaximumInterval,
        EnableFuzz = false,
    };
}

/// <summary>The py-fsrs fixtures in Fixtures/fsrs, and how closely a result must agree with them.</summary>
internal static class FsrsFixtures
{
    public const double RelativeTolerance = 1e-4;

    public static readonly TimeSpan DueTolerance = TimeSpan.FromSeconds(1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "fsrs");

    public static IEnumerable<string> Files => Directory.EnumerateFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal);

    public static IReadOnlyList<FixtureSequence> Load(string file) =>
        [.. File.ReadLines(file).Where(line => line.Length > 0).Select(line => JsonSerializer.Deserialize<FixtureSequence>(line, Json)!)];

    public static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= RelativeTolerance * Math.Max(Math.Abs(expected), 1e-9);
}
