using MlPrep.Core.Curriculum;
using MlPrep.Core.Progress;
using MlPrep.Core.Search;
using MlPrep.Data;
using MlPrep.Data.Progress;

namespace MlPrep.Web.Endpoints;

/// <summary>The JSON API: the roadmap with statuses, topics, status changes, search and content checks.</summary>
public static class ApiEndpoints
{
    public const int MaxSearchLimit = 100;

    public sealed record StatusRequest(string? Status);

    public static void MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/roadmap", GetRoadmap);
        api.MapGet("/topics/{id}", GetTopic);
        api.MapPut("/topics/{id}/status", SetStatus);
        api.MapGet("/search", Search);
        api.MapGet("/content/check", (Curriculum curriculum) => Results.Ok(CoverageReport.From(curriculum)));
    }

    private static async Task<IResult> GetRoadmap(Curriculum curriculum, ProgressStore store, CancellationToken cancellationToken)
    {
        var progress = new RoadmapProgress(curriculum, await store.GetStatusesAsync(MlPrepDbContext.LocalUser, cancellationToken));
        return Results.Ok(new
        {
            progress = progress.Overall,
            areas = curriculum.Areas.Select(area => new
            {
                area.Id,
                area.Title,
                progress = progress.Of(area),
                sections = area.Sections.Select(section => new
                {
                    section.Id,
                    section.Title,
                    advanced = section.IsAdvanced,
                    progress = progress.Of(section),
                    topics = section.Topics.Select(topic => new
                    {
                        topic.Id,
                        topic.Title,
                        status = progress.StatusOf(topic.Id).ToSlug(),
                        advanced = topic.IsAdvanced,
                        lab = topic.HasLab,
                        hasNotes = topic.Content is not null,
                        covered = topic.IsCovered,
                    }),
                }),
            }),
        });
    }

    private static async Task<IResult> GetTopic(string id, Curriculum curriculum, ProgressStore store, CancellationToken cancellationToken)
    {
        if (curriculum.FindTopic(id) is not { } topic)
        {
            return Results.Problem(statusCode: 404, title: "Unknown topic", detail: $"There is no topic '{id}' in the roadmap.");
        }

        var content = topic.Content;
        return Results.Ok(new
        {
            topic.Id,
            title = content?.Title ?? topic.Title,
            area = topic.AreaId,
            section = topic.SectionId,
            advanced = topic.IsAdvanced,
            lab = topic.HasLab,
            status = (await store.GetStatusAsync(MlPrepDbContext.LocalUser, id, cancellationToken)).ToSlug(),
            summary = content?.Summary,
            prerequisites = content?.Prerequisites ?? [],
            leadsTo = curriculum.LeadsTo(id).Select(t => t.Id),
            tags = content?.Tags ?? [],
            resources = content?.Resources ?? [],
            cards = content?.Cards.Count ?? 0,
            quiz = content?.Quiz.Count ?? 0,
            words = content?.WordCount ?? 0,
            notes = content?.NotesMarkdown,
        });
    }

    private static async Task<IResult> SetStatus(string id, StatusRequest? request, Curriculum curriculum, ProgressStore store, CancellationToken cancellationToken)
    {
        if (curriculum.FindTopic(id) is null)
        {
            return Results.Problem(statusCode: 404, title: "Unknown topic", detail: $"There is no topic '{id}' in the roadmap.");
        }

        if (!TopicStatusNames.TryParse(request?.Status, out var status))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = [$"'{request?.Status}' is not a topic status; use one of: {TopicStatusNames.AllSlugs}"],
            });
        }

        await store.SetStatusAsync(MlPrepDbContext.LocalUser, id, status, cancellationToken);
        return Results.Ok(new { id, status = status.ToSlug() });
    }

    private static IResult Search(string? q, int? limit, SearchIndex index)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["the query is empty"] });
        }

        if (limit is < 1 or > MaxSearchLimit)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxSearchLimit}"] });
        }

        return Results.Ok(new { results = index.Search(q, limit ?? 20) });
    }
}
