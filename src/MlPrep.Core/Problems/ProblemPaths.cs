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
    /// order; within a section, by the position of that topic and then difficulty.
    /// </summary>
    public static IReadOnlyList<PathStep> Ml(Curriculum.Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        var topics = curriculum.Topics.ToList();
        var position = topics.Select((t, i) => (t, i)).ToDictionary(x => x.t.Id, x => x.i, StringComparer.Ordinal);
        int First(Problem p) => p.Topics.Select(t => position.GetValueOrDefault(t, int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min();
        var sections = curriculum.Areas.SelectMany(a => a.Sections.Select(s => (Area: a, Section: s))).ToList();
        var steps = new List<PathStep>();
        foreach (var (area, section) in sections)
        {
            var ids = section.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var problems = curriculum.Problems
                .Where(p => p.Kind == "ml")
                .Where(p => First(p) is var at && at != int.MaxValue && ids.Contains(topics[at].Id))
                .OrderBy(First)
                .ThenBy(p => Array.IndexOf(ProblemLoader.Difficulties, p.Difficulty))
                .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (problems.Count > 0)
            {
                steps.Add(new PathStep(section.Id, $"{area.Title}: {section.Title}", null, problems));
            }
        }

        var placed = steps.SelectMany(s => s.Problems).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var rest = curriculum.Problems.Where(p => p.Kind == "ml" && !placed.Contains(p.Id)).ToList();
        if (rest.Count > 0)
        {
            steps.Add(new PathStep("other", "Other ML problems", null, EasyToHard(rest)));
        }

        return steps;
    }

    private static List<Problem> EasyToHard(IEnumerable<Problem> problems) => [.. problems
        .OrderBy(p => Array.IndexOf(ProblemLoader.Difficulties, p.Difficulty))
        .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)];
}
