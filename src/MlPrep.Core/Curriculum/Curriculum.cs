using System.Collections.Frozen;
using MlPrep.Core.Problems;

namespace MlPrep.Core.Curriculum;

/// <summary>
/// The whole roadmap with its written content, immutable once loaded. Pages, search and the
/// CLI read it from memory; build it with <see cref="CurriculumLoader"/>.
/// </summary>
public sealed class Curriculum
{
    private readonly FrozenDictionary<string, Topic> _topics;
    private readonly FrozenDictionary<string, Area> _areas;
    private readonly FrozenDictionary<string, IReadOnlyList<Topic>> _leadsTo;

    private readonly FrozenDictionary<string, Problem> _problems;

    public Curriculum(IReadOnlyList<Area> areas, IReadOnlyList<ContentError> errors, IReadOnlyList<Problem>? problems = null)
    {
        Areas = areas;
        Errors = errors;
        Problems = problems ?? [];
        _problems = Problems.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _areas = areas.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        _topics = areas.SelectMany(a => a.Topics).ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _leadsTo = _topics.Values
            .Where(t => t.Content is not null)
            .SelectMany(t => t.Content!.Prerequisites.Select(p => (Prerequisite: p, Topic: t)))
            .GroupBy(pair => pair.Prerequisite, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Topic>)[.. g.Select(pair => pair.Topic).OrderBy(t => t.Id, StringComparer.Ordinal)], StringComparer.Ordinal);
    }

    public IReadOnlyList<Area> Areas { get; }

    /// <summary>Every problem the loader found; files with problems were skipped.</summary>
    public IReadOnlyList<ContentError> Errors { get; }

    public IEnumerable<Topic> Topics => Areas.SelectMany(a => a.Topics);

    /// <summary>The coding problems, in id order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    public Problem? FindProblem(string id) => _problems.GetValueOrDefault(id);

    /// <summary>The problems that practise <paramref name="topicId"/>.</summary>
    public IEnumerable<Problem> ProblemsFor(string topicId) => Problems.Where(p => p.Topics.Contains(topicId));

    public int TopicCount => _topics.Count;

    public Topic? FindTopic(string id) => _topics.GetValueOrDefault(id);

    public Area? FindArea(string id) => _areas.GetValueOrDefault(id);

    /// <summary>The topics that name <paramref name="topicId"/> as a prerequisite.</summary>
    public IReadOnlyList<Topic> LeadsTo(string topicId) => _leadsTo.GetValueOrDefault(topicId) ?? [];
}
