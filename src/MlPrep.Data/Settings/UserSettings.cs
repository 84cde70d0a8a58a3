namespace MlPrep.Data.Settings;

/// <summary>A learner's own settings; a null value means the app's default (set at start-up) applies.</summary>
public sealed class UserSettings
{
    public required string UserId { get; set; }

    /// <summary>How many new cards a day review sessions bring in; null: the app's default.</summary>
    public int? NewCardsPerDay { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
