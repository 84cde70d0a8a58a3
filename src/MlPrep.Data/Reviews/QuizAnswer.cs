namespace MlPrep.Data.Reviews;

/// <summary>One answer to a quiz item: the choice (as the item's own index, not the shuffled one) and whether it was right.</summary>
public sealed class QuizAnswer
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string ItemId { get; set; }

    public required string TopicId { get; set; }

    public int ChosenIndex { get; set; }

    public bool Correct { get; set; }

    public DateTime AnsweredUtc { get; set; }
}
