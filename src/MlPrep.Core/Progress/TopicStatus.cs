namespace MlPrep.Core.Progress;

/// <summary>Where a learner stands on a topic.</summary>
public enum TopicStatus
{
    NotStarted,
    Learning,
    Done,
    Skipped,
}

public static class TopicStatusNames
{
    /// <summary>The name used in URLs, forms and JSON: not-started, learning, done, skipped.</summary>
    public static string ToSlug(this TopicStatus status) => status switch
    {
        TopicStatus.NotStarted => "not-started",
        TopicStatus.Learning => "learning",
        TopicStatus.Done => "done",
        TopicStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown status"),
    };

    public static string ToLabel(this TopicStatus status) => status switch
    {
        TopicStatus.NotStarted => "Not started",
        TopicStatus.Learning => "Learning",
        TopicStatus.Done => "Done",
        TopicStatus.Skipped => "Skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown status"),
    };

    public static bool TryParse(string? slug, out TopicStatus status)
    {
        foreach (var candidate in Enum.GetValues<TopicStatus>())
        {
            if (string.Equals(candidate.ToSlug(), slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = TopicStatus.NotStarted;
        return false;
    }

    public static string AllSlugs => string.Join(", ", Enum.GetValues<TopicStatus>().Select(s => s.ToSlug()));
}
