using MlPrep.Core.Progress;

namespace MlPrep.Data.Progress;

/// <summary>
/// A learner's status on one topic. Keyed by the stable topic id, so editing or moving content
/// never loses progress; a row whose topic left the roadmap is kept, not deleted.
/// </summary>
public sealed class TopicProgress
{
    public required string UserId { get; set; }

    public required string TopicId { get; set; }

    public TopicStatus Status { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
