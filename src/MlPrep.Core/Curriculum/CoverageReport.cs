namespace MlPrep.Core.Curriculum;

/// <summary>How much of one area is written. <see cref="Words"/> counts the words of the notes.</summary>
public sealed record AreaCoverage(int Expected, int Covered, int Cards, int Quiz, int Words);

/// <summary>
/// Validation errors and coverage against the roadmap, per area: what <c>mlprep content check</c>
/// prints. A topic is covered when it has notes, at least 6 cards and at least 4 quiz items.
/// </summary>
public sealed record CoverageReport(
    IReadOnlyList<ContentError> Errors,
    IReadOnlyDictionary<string, AreaCoverage> Areas,
    IReadOnlyList<string> Missing)
{
    public static CoverageReport From(Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        var areas = new Dictionary<string, AreaCoverage>(StringComparer.Ordinal);
        foreach (var area in curriculum.Areas)
        {
            var topics = area.Topics.ToList();
            var written = topics.Where(t => t.Content is not null).Select(t => t.Content!).ToList();
            areas[area.Id] = new AreaCoverage(
                topics.Count,
                topics.Count(t => t.IsCovered),
                written.Sum(c => c.Cards.Count),
                written.Sum(c => c.Quiz.Count),
                written.Sum(c => c.WordCount));
        }

        var missing = curriculum.Topics.Where(t => !t.IsCovered).Select(t => t.Id).ToList();
        return new CoverageReport(curriculum.Errors, areas, missing);
    }
}
