using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Progress;

/// <summary>
/// Counts of topic statuses over a set of topics. Skipped topics leave the denominator: a
/// learner who skips a topic on purpose has not fallen behind on it.
/// </summary>
public sealed record ProgressCount(int Total, int Done, int Learning, int Skipped)
{
    public int Remaining => Total - Done - Skipped;

    public int Percent => Total - Skipped <= 0 ? (Total > 0 ? 100 : 0) : (int)Math.Round(100.0 * Done / (Total - Skipped));

    public static ProgressCount Of(IEnumerable<TopicStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        int total = 0, done = 0, learning = 0, skipped = 0;
        foreach (var status in statuses)
        {
            total++;
            switch (status)
            {
                case TopicStatus.Done: done++; break;
                case TopicStatus.Learning: learning++; break;
                case TopicStatus.Skipped: skipped++; break;
                case TopicStatus.NotStarted: break;
                default: throw new ArgumentOutOfRangeException(nameof(statuses), status, "unknown status");
            }
        }

        return new ProgressCount(total, done, learning, skipped);
    }
}

/// <summary>A learner's statuses laid over the roadmap: per topic, section, area and overall.</summary>
public sealed class RoadmapProgress(Curriculum.Curriculum curriculum, IReadOnlyDictionary<string, TopicStatus> statuses)
{
    public TopicStatus StatusOf(string topicId) => statuses.GetValueOrDefault(topicId, TopicStatus.NotStarted);

    public ProgressCount Overall => Count(curriculum.Topics);

    public ProgressCount Of(Area area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return Count(area.Topics);
    }

    public ProgressCount Of(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Count(section.Topics);
    }

    /// <summary>Topics the learner has started but not finished, in roadmap order.</summary>
    public IEnumerable<Topic> InProgress => curriculum.Topics.Where(t => StatusOf(t.Id) == TopicStatus.Learning);

    private ProgressCount Count(IEnumerable<Topic> topics) => ProgressCount.Of(topics.Select(t => StatusOf(t.Id)));
}
