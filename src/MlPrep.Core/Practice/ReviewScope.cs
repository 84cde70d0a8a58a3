using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Practice;

/// <summary>What a review or quiz covers: the whole roadmap, one area, one section or one topic.</summary>
public enum ScopeKind
{
    Roadmap,
    Area,
    Section,
    Topic,
}

/// <summary>
/// A part of the roadmap named by its id, resolved against the curriculum into its topics in
/// roadmap order (areas, then sections, then topics, as roadmap.yaml lists them).
/// </summary>
public sealed record ReviewScope(ScopeKind Kind, string? Id, string Title, IReadOnlyList<Topic> Topics)
{
    /// <summary>The query string that names this scope (<c>area=ml</c>), empty for the whole roadmap.</summary>
    public string Query => Kind == ScopeKind.Roadmap ? "" : $"{Kind.ToString().ToLowerInvariant()}={Uri.EscapeDataString(Id!)}";

    /// <summary>The whole roadmap.</summary>
    public static ReviewScope Roadmap(Curriculum.Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        return new(ScopeKind.Roadmap, null, "Whole roadmap", [.. curriculum.Topics]);
    }

    /// <summary>
    /// Resolves at most one of <paramref name="area"/>, <paramref name="section"/> and <paramref name="topic"/>
    /// (none: the whole roadmap). On failure <paramref name="error"/> names the parameter and says what was wrong.
    /// </summary>
    public static bool TryResolve(Curriculum.Curriculum curriculum, string? area, string? section, string? topic, out ReviewScope scope, out (string Field, string Message)? error)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        scope = Roadmap(curriculum);
        error = null;
        var given = new[] { ("area", area), ("section", section), ("topic", topic) }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).ToList();
        if (given.Count > 1)
        {
            error = (given[1].Item1, $"give one of area, section or topic, not {string.Join(" and ", given.Select(g => g.Item1))}");
            return false;
        }

        if (given.Count == 0)
        {
            return true;
        }

        var (field, id) = (given[0].Item1, given[0].Item2!.Trim());
        switch (field)
        {
            case "area" when curriculum.FindArea(id) is { } found:
                scope = new(ScopeKind.Area, id, found.Title, [.. found.Topics]);
                return true;
            case "section" when curriculum.Areas.SelectMany(a => a.Sections).FirstOrDefault(s => s.Id == id) is { } found:
                scope = new(ScopeKind.Section, id, found.Title, found.Topics);
                return true;
            case "topic" when curriculum.FindTopic(id) is { } found:
                scope = new(ScopeKind.Topic, id, found.Content?.Title ?? found.Title, [found]);
                return true;
            default:
                error = (field, $"there is no {field} '{id}' in the roadmap");
                return false;
        }
    }
}
