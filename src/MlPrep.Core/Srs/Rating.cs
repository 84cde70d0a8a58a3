namespace MlPrep.Core.Srs;

/// <summary>The learner's grade for one review. The numeric values (1-4) are FSRS's grade G.</summary>
public enum Rating
{
    /// <summary>Forgot: the card lapses.</summary>
    Again = 1,

    /// <summary>Recalled with serious difficulty.</summary>
    Hard = 2,

    /// <summary>Recalled after some thought.</summary>
    Good = 3,

    /// <summary>Recalled at once.</summary>
    Easy = 4,
}
