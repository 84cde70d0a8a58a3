using MlPrep.Core.Practice;
using MlPrep.Data;
using MlPrep.Data.Settings;

namespace MlPrep.Web.Practice;

/// <summary>The daily number of new cards in force, and whether it is the app's default or the learner's own choice.</summary>
public sealed record NewCardsSetting(int NewCardsPerDay, int Default, bool IsDefault);

/// <summary>
/// The learner's settings as the pages use them: the stored value where the learner chose one, otherwise the
/// default the app was started with (<see cref="WebOptions.NewCardsPerDay"/>).
/// </summary>
public sealed class LearnerSettingsService(SettingsStore store, PracticeSettings defaults)
{
    private const string User = MlPrepDbContext.LocalUser;

    public async Task<NewCardsSetting> NewCardsAsync(CancellationToken cancellationToken = default)
    {
        var stored = (await store.GetAsync(User, cancellationToken))?.NewCardsPerDay;
        return new NewCardsSetting(stored ?? defaults.NewCardsPerDay, defaults.NewCardsPerDay, stored is null);
    }

    /// <summary>Null when <paramref name="value"/> is allowed, else what is wrong with it.</summary>
    public static string? Check(int? value) =>
        value is null or (>= 0 and <= SessionPlanner.MaxNewCardsPerDay) ? null : $"new cards a day must be between 0 and {SessionPlanner.MaxNewCardsPerDay}, not {value}";

    /// <summary>Stores the learner's daily number of new cards; null goes back to the default. The caller has checked it.</summary>
    public async Task<NewCardsSetting> SetNewCardsAsync(int? value, CancellationToken cancellationToken = default)
    {
        if (Check(value) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, problem);
        }

        await store.SetNewCardsPerDayAsync(User, value, cancellationToken);
        return await NewCardsAsync(cancellationToken);
    }
}
