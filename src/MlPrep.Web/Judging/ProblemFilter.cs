using MlPrep.Core.Problems;

namespace MlPrep.Web.Judging;

/// <summary>The problem list's filters: kind, topic (or its area or section prefix), pattern, difficulty, solved.</summary>
public static class ProblemFilter
{
    public static IReadOnlyList<Problem> Apply(IEnumerable<Problem> problems, string? kind, string? topic, string? pattern, string? difficulty, bool? solved, IReadOnlySet<string> solvedIds)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(solvedIds);
        return [.. problems
            .Where(p => string.IsNullOrEmpty(kind) || p.Kind == kind)
            .Where(p => string.IsNullOrEmpty(topic) || p.Topics.Any(t => t == topic || t.StartsWith(topic + ".", StringComparison.Ordinal)))
            .Where(p => string.IsNullOrEmpty(pattern) || p.Pattern == pattern)
            .Where(p => string.IsNullOrEmpty(difficulty) || p.Difficulty == difficulty)
            .Where(p => solved is null || solvedIds.Contains(p.Id) == solved)
            .OrderBy(p => p.Kind, StringComparer.Ordinal)
            .ThenBy(p => p.DifficultyRank)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)];
    }
}
