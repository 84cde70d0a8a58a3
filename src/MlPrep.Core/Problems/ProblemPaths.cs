namespace MlPrep.Core.Problems;

/// <summary>A stop on a path: a heading (a pattern, or a roadmap section) and its problems in order.</summary>
public sealed record PathStep(string Id, string Title, string? Note, IReadOnlyList<Problem> Problems);

/// <summary>
/// Ordered routes through the problem bank: the algorithm patterns one after another, and
/// "ML essentials", the ML problems in the order the roadmap teaches their topics. Within a
/// step, problems go from easy to hard.
/// </summary>
public static class ProblemPaths
{
    public const string ByPattern = "patterns";
    public const string MlEssentials = "ml-essentials";

    /// <summary>The eighteen patterns in path order, each with its dsa problems (empty steps kept, so gaps show).</summary>
    public static IReadOnlyList<PathStep> Patterns(Curriculum.Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        return [.. Problems.Patterns.All.Select(p => new PathStep(
            p.Slug,
            p.Title,
            p.Cue,
            EasyToHard(curriculum.Problems.Where(q => q.Kind == "dsa" && q.Pattern == p.Slug))))];
    }

    /// <summary>
    /// The ML problems grouped by the roadmap section of their earliest topic, sections in roadmap
    /// order (topics of a section are contiguous in the roadmap); within a section, by the position
    /// of that topic and then difficulty.
    /// </summary>
    public static IReadOnlyList<PathStep> Ml(Curriculum.Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        var topics = curriculum.Topics.ToList();
        var position = topics.Select((t, i) => (t, i)).ToDictionary(x => x.t.Id, x => x.i, StringComparer.Ordinal);
        var placed = curriculum.Problems
            .Where(p => p.Kind == "ml")
            .Select(p => (Problem: p, First: p.Topics.Select(t => position.GetValueOrDefault(t, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min()))
            .ToList();
        var steps = placed
            .Where(x => x.First != int.MaxValue)
            .GroupBy(x => topics[x.First].SectionId)
            .OrderBy(g => g.Min(x => x.First))
            .Select(g =>
            {
                var section = curriculum.Areas.SelectMany(a => a.Sections.Select(s => (Area: a, Section: s))).First(x => x.Section.Id == g.Key);
                return new PathStep(section.Section.Id, $"{section.Area.Title}: {section.Section.Title}", null, [.. g
                    .OrderBy(x => x.First)
                    .ThenBy(x => x.Problem.DifficultyRank)
                    .ThenBy(x => x.Problem.Title, StringComparer.OrdinalIgnoreCase)
                    .Select(x => x.Problem)]);
            })
            .ToList();
        var rest = placed.Where(x => x.First == int.MaxValue).Select(x => x.Problem).ToList();
        if (rest.Count > 0)
        {
            steps.Add(new PathStep("other", "Other ML problems", null, EasyToHard(rest)));
        }

        return steps;
    }

    private static List<Problem> EasyToHard(IEnumerable<Problem> problems) => [.. problems
        .OrderBy(p => p.DifficultyRank)
        .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)];
}
