using Microsoft.AspNetCore.Mvc;
using MlPrep.Core.Progress;
using MlPrep.Data;
using MlPrep.Data.Progress;

namespace MlPrep.Web.Endpoints;

/// <summary>The HTML form behind the status buttons on a topic page (post, then redirect back).</summary>
public static class ProgressEndpoints
{
    public static void MapProgressEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/topics/{id}/status", SetStatusFromForm);
    }

    private static async Task<IResult> SetStatusFromForm(
        string id,
        [FromForm(Name = "status")] string? status,
        Core.Curriculum.Curriculum curriculum,
        ProgressStore store,
        CancellationToken cancellationToken)
    {
        if (curriculum.FindTopic(id) is null)
        {
            return Results.NotFound();
        }

        if (!TopicStatusNames.TryParse(status, out var parsed))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = [$"'{status}' is not a topic status; use one of: {TopicStatusNames.AllSlugs}"],
            });
        }

        await store.SetStatusAsync(MlPrepDbContext.LocalUser, id, parsed, cancellationToken);
        return Results.Redirect($"/topics/{Uri.EscapeDataString(id)}?saved={parsed.ToSlug()}", permanent: false, preserveMethod: false);
    }
}
