using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using MlPrep.Web.Practice;

namespace MlPrep.Web.Endpoints;

/// <summary>
/// The learner's settings: <c>GET /api/settings</c> and <c>PUT /api/settings</c> with <c>{"newCardsPerDay": 30}</c>
/// (null goes back to the default), and the HTML form on the statistics page (post, then redirect back).
/// </summary>
public static class SettingsEndpoints
{
    public sealed record SettingsRequest(JsonElement? NewCardsPerDay);

    public static void MapSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/settings", async (LearnerSettingsService settings, CancellationToken cancellationToken) => Results.Ok(await settings.NewCardsAsync(cancellationToken)));
        app.MapPut("/api/settings", Put);
        app.MapPost("/settings", SetFromForm);
    }

    private static async Task<IResult> Put(SettingsRequest? request, LearnerSettingsService settings, CancellationToken cancellationToken)
    {
        int? value;
        switch (request?.NewCardsPerDay)
        {
            case null:
            case { ValueKind: JsonValueKind.Null }:
                value = null;
                break;
            case { ValueKind: JsonValueKind.Number } number when number.TryGetInt32(out var parsed):
                value = parsed;
                break;
            case { } other:
                return Invalid($"new cards a day must be a whole number from 0 to {Core.Practice.SessionPlanner.MaxNewCardsPerDay}, or null for the default, not {other.GetRawText()}");
        }

        return LearnerSettingsService.Check(value) is { } problem ? Invalid(problem) : Results.Ok(await settings.SetNewCardsAsync(value, cancellationToken));
    }

    private static async Task<IResult> SetFromForm([FromForm(Name = "newCardsPerDay")] string? text, [FromForm(Name = "reset")] string? reset, LearnerSettingsService settings, CancellationToken cancellationToken)
    {
        int? value = null;
        if (reset != "default" && !string.IsNullOrWhiteSpace(text))
        {
            if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Results.Redirect("/stats?error=number#settings");
            }

            value = parsed;
        }

        if (LearnerSettingsService.Check(value) is not null)
        {
            return Results.Redirect("/stats?error=range#settings");
        }

        await settings.SetNewCardsAsync(value, cancellationToken);
        return Results.Redirect("/stats?saved=1#settings");
    }

    private static IResult Invalid(string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["newCardsPerDay"] = [message] });
}
