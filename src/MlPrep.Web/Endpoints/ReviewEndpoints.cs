using System.Text.Json;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Practice;
using MlPrep.Core.Srs;
using MlPrep.Web.Practice;

namespace MlPrep.Web.Endpoints;

/// <summary>
/// The review and quiz API: the next cards of a scope, grading, undo, and quiz answers. Bad requests get a
/// 400 whose <c>errors</c> name the field that was wrong.
/// </summary>
public static class ReviewEndpoints
{
    /// <summary>The longest answer time stored; longer ones are someone who walked away.</summary>
    public const long MaxDurationMs = 24L * 60 * 60 * 1000;

    public sealed record GradeRequest(string? CardId, JsonElement? Rating, long? DurationMs);

    public sealed record AnswerRequest(string? ItemId, int? Seed, int? Choice);

    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/review");
        review.MapGet("/next", Next);
        review.MapPost("/grade", Grade);
        review.MapPost("/undo", Undo);
        app.MapPost("/api/quiz/answer", Answer);
    }

    private static async Task<IResult> Next(string? area, string? section, string? topic, int? @new, Curriculum curriculum, ReviewService reviews, CancellationToken cancellationToken)
    {
        if (!ReviewScope.TryResolve(curriculum, area, section, topic, out var scope, out var error))
        {
            return Invalid(error!.Value.Field, error.Value.Message);
        }

        if (@new is < 0 or > SessionPlanner.MaxNewCardsPerDay)
        {
            return Invalid("new", $"new cards a day must be between 0 and {SessionPlanner.MaxNewCardsPerDay}, not {@new}");
        }

        var (session, cards, ahead) = await reviews.NextAsync(scope, @new, cancellationToken);
        return Results.Ok(new
        {
            scope = new { kind = scope.Kind.ToString().ToLowerInvariant(), id = scope.Id, title = scope.Title },
            cards,
            ahead,
            due = session.DueCount,
            @new = session.NewCount,
            newLeftToday = session.NewLeftToday,
            nextDue = session.NextDue,
        });
    }

    private static async Task<IResult> Grade(GradeRequest? request, Curriculum curriculum, ReviewService reviews, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.CardId))
        {
            return Invalid("cardId", "give the id of the card you graded, such as ml.knn/c1");
        }

        if (ContentIds.FindCard(curriculum, request.CardId) is not { } found)
        {
            return Invalid("cardId", $"there is no card '{request.CardId}' in the content");
        }

        if (ParseRating(request.Rating) is not { } rating)
        {
            return Invalid("rating", $"the rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), not {request.Rating?.GetRawText() ?? "nothing"}");
        }

        if (request.DurationMs is < 0)
        {
            return Invalid("durationMs", $"the answer time must not be negative, not {request.DurationMs}");
        }

        var duration = request.DurationMs is { } ms ? Math.Min(ms, MaxDurationMs) : (long?)null;
        return Results.Ok(await reviews.GradeAsync(found.Card, found.Topic, rating, duration, cancellationToken));
    }

    private static async Task<IResult> Undo(ReviewService reviews, CancellationToken cancellationToken)
    {
        if (await reviews.UndoAsync(cancellationToken) is not { } undone)
        {
            return Results.Problem(statusCode: 409, title: "Nothing to undo", detail: "There is no graded review to take back.");
        }

        return Results.Ok(new { cardId = undone.Log.CardId, rating = (int)undone.Log.Rating, card = undone.Card });
    }

    private static async Task<IResult> Answer(AnswerRequest? request, Curriculum curriculum, ReviewService reviews, CancellationToken cancellationToken)
    {
        if (ContentIds.FindQuizItem(curriculum, request?.ItemId) is not { } found)
        {
            return Invalid("itemId", string.IsNullOrWhiteSpace(request?.ItemId) ? "give the id of the quiz item, such as ml.knn/q1" : $"there is no quiz item '{request.ItemId}' in the content");
        }

        if (request!.Seed is not { } seed)
        {
            return Invalid("seed", "give the seed of the quiz (it is in the quiz page's address)");
        }

        if (request.Choice is not { } choice || choice < 0 || choice >= found.Item.Choices.Count)
        {
            return Invalid("choice", $"the choice must be a shown index from 0 to {found.Item.Choices.Count - 1}, not {request.Choice?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
        }

        return Results.Ok(await reviews.AnswerAsync(found.Item, found.Topic, seed, choice, cancellationToken));
    }

    /// <summary>1-4, or again, hard, good, easy.</summary>
    internal static Rating? ParseRating(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number) && number is >= 1 and <= 4)
        {
            return (Rating)number;
        }

        return element.ValueKind != JsonValueKind.String ? null : element.GetString()?.Trim().ToLowerInvariant() switch
        {
            "again" => Rating.Again,
            "hard" => Rating.Hard,
            "good" => Rating.Good,
            "easy" => Rating.Easy,
            _ => null,
        };
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
