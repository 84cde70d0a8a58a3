namespace MlPrep.Core.Srs;

/// <summary>Where a card is in its life: never seen, in short learning steps, in long-term review, or relearning after a lapse.</summary>
public enum CardState
{
    /// <summary>Never reviewed: no stability or difficulty yet.</summary>
    New = 0,

    /// <summary>Seen, and going through the short learning steps (1 min, 10 min by default).</summary>
    Learning = 1,

    /// <summary>Graduated: scheduled in whole days from its stability.</summary>
    Review = 2,

    /// <summary>Lapsed in review (rated Again), going through the relearning steps (10 min by default).</summary>
    Relearning = 3,
}
