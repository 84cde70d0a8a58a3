using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Problems;
using MlPrep.Core.Text;
using MlPrep.Data;
using MlPrep.Data.Submissions;
using MlPrep.Judge.Runners;
using MlPrep.Web.Judging;

namespace MlPrep.Web.Endpoints;

/// <summary>The judge's API: problems, runs and submissions, their live status, history and diffs.</summary>
public static class JudgeEndpoints
{
    /// <summary>A run or submission as the browser sends it.</summary>
    public sealed record SubmitRequest(string? Language, string? Code, string? Mode, string? Input);

    public static void MapJudgeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/problems", ListProblems);
        api.MapGet("/problems/{id}", GetProblem);
        api.MapPost("/problems/{id}/submissions", Submit);
        api.MapGet("/problems/{id}/submissions", History);
        api.MapGet("/submissions/{id:long}", GetSubmission);
        api.MapGet("/submissions/{id:long}/diff", Diff);
        api.MapGet("/judge", (JudgeService judge) => Results.Ok(new
        {
            available = judge.Unavailable is null,
            reason = judge.Unavailable,
            workers = judge.Workers,
            capacity = judge.Capacity,
            pending = judge.Pending,
            warmBoxes = judge.WarmBoxes,
        }));
    }

    private static async Task<IResult> ListProblems(string? kind, string? topic, string? pattern, string? difficulty, bool? solved, Curriculum curriculum, SubmissionStore store, CancellationToken cancellationToken)
    {
        var solvedIds = await store.SolvedAsync(MlPrepDbContext.LocalUser, cancellationToken);
        var problems = ProblemFilter.Apply(curriculum.Problems, kind, topic, pattern, difficulty, solved, solvedIds);
        return Results.Ok(new
        {
            problems = problems.Select(p => new
            {
                p.Id,
                p.Title,
                p.Difficulty,
                p.Kind,
                p.Topics,
                p.Pattern,
                solved = solvedIds.Contains(p.Id),
            }),
        });
    }

    private static IResult GetProblem(string id, Curriculum curriculum)
    {
        if (curriculum.FindProblem(id) is not { } problem)
        {
            return UnknownProblem(id);
        }

        return Results.Ok(new
        {
            problem.Id,
            problem.Title,
            problem.Difficulty,
            problem.Kind,
            problem.Topics,
            problem.Pattern,
            problem.Function,
            parameters = problem.Parameters.Select(p => new { p.Name, type = p.Type.ToString() }),
            returns = problem.Returns.ToString(),
            comparator = problem.Comparator,
            timeLimitSeconds = problem.TimeLimit.TotalSeconds,
            memoryLimitMb = problem.MemoryLimitMb,
            statement = problem.StatementMarkdown,
            editorial = problem.EditorialMarkdown,
            starters = problem.Starters,
            examples = problem.VisibleTests.Select(t => new { t.Index, arguments = t.Arguments, expected = t.Expected }),
        });
    }

    private static async Task<IResult> Submit(string id, SubmitRequest? request, Curriculum curriculum, JudgeService judge, CancellationToken cancellationToken)
    {
        if (curriculum.FindProblem(id) is not { } problem)
        {
            return UnknownProblem(id);
        }

        var errors = new Dictionary<string, string[]>();
        if (!LanguageNames.TryParse(request?.Language, out var language))
        {
            errors["language"] = [$"'{request?.Language}' is not a language; use python or csharp"];
        }

        var mode = request?.Mode ?? SubmissionMode.Submit;
        if (!SubmissionMode.All.Contains(mode))
        {
            errors["mode"] = [$"'{mode}' is not a mode; use {string.Join(", ", SubmissionMode.All)}"];
        }

        var code = request?.Code ?? "";
        if (string.IsNullOrWhiteSpace(code))
        {
            errors["code"] = ["the code is empty"];
        }
        else if (code.Length > SubmissionStore.MaxCodeLength)
        {
            errors["code"] = [$"the code has {code.Length} characters; the limit is {SubmissionStore.MaxCodeLength}"];
        }

        IReadOnlyList<JsonNode?>? arguments = null;
        if (mode == SubmissionMode.Custom)
        {
            if (ParseArguments(problem, request?.Input, out var parsed) is { } inputError)
            {
                errors["input"] = [inputError];
            }

            arguments = parsed;
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        switch (await judge.SubmitAsync(MlPrepDbContext.LocalUser, problem, language, code, mode, arguments, cancellationToken))
        {
            case SubmitOutcome.Queued(var submission):
                return Results.Accepted($"/api/submissions/{submission.Id}", new
                {
                    submission.Id,
                    status = judge.LiveStatus(submission.Id) ?? SubmissionStatus.Queued,
                    position = judge.Position(submission.Id),
                });
            case SubmitOutcome.Busy(var retryAfter):
                return new BusyResult(retryAfter);
            case SubmitOutcome.Unavailable(var reason):
                return Results.Problem(statusCode: 503, title: "The judge cannot run code on this machine", detail: reason);
            default:
                throw new InvalidOperationException("unknown submit outcome");
        }
    }

    private static async Task<IResult> History(string id, Curriculum curriculum, SubmissionStore store, JudgeService judge, CancellationToken cancellationToken)
    {
        if (curriculum.FindProblem(id) is null)
        {
            return UnknownProblem(id);
        }

        var submissions = await store.ListAsync(MlPrepDbContext.LocalUser, id, cancellationToken: cancellationToken);
        return Results.Ok(new { submissions = submissions.Select(s => Summary(s, judge)) });
    }

    private static async Task<IResult> GetSubmission(long id, SubmissionStore store, JudgeService judge, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(MlPrepDbContext.LocalUser, id, cancellationToken) is not { } submission)
        {
            return Results.Problem(statusCode: 404, title: "Unknown submission", detail: $"There is no submission {id}.");
        }

        var result = JudgeService.ReadResult(submission.ResultJson);
        return Results.Ok(new
        {
            summary = Summary(submission, judge),
            submission.Code,
            input = submission.Input,
            result,
        });
    }

    private static async Task<IResult> Diff(long id, long? against, SubmissionStore store, CancellationToken cancellationToken)
    {
        if (against is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["against"] = ["give the id of the submission to compare with"] });
        }

        var newer = await store.GetAsync(MlPrepDbContext.LocalUser, id, cancellationToken);
        var older = await store.GetAsync(MlPrepDbContext.LocalUser, against.Value, cancellationToken);
        if (newer is null || older is null)
        {
            return Results.Problem(statusCode: 404, title: "Unknown submission", detail: $"There is no submission {(newer is null ? id : against)}.");
        }

        var lines = LineDiff.Compute(older.Code, newer.Code);
        var (added, removed) = LineDiff.Count(lines);
        return Results.Ok(new
        {
            from = older.Id,
            to = newer.Id,
            added,
            removed,
            lines = lines.Select(l => new { kind = l.Kind.ToString().ToLowerInvariant(), l.Text, l.OldLine, l.NewLine }),
        });
    }

    /// <summary>A submission's row in lists: no code, the verdict or live status.</summary>
    public static object Summary(Submission s, JudgeService judge)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(judge);
        var live = judge.LiveStatus(s.Id);
        return new
        {
            s.Id,
            problem = s.ProblemId,
            s.Language,
            s.Mode,
            status = live ?? s.Status,
            position = judge.Position(s.Id),
            s.Verdict,
            s.Passed,
            s.Total,
            s.TimeMs,
            s.MemoryKb,
            created = DateTime.SpecifyKind(s.CreatedUtc, DateTimeKind.Utc),
            finished = s.FinishedUtc is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : (DateTime?)null,
            lines = s.Code.Count(c => c == '\n') + 1,
        };
    }

    /// <summary>
    /// Reads a custom input: one JSON value per parameter, each on its own line, in the
    /// function's order, or one JSON array holding them all. Says what is wrong and where.
    /// </summary>
    public static string? ParseArguments(Problem problem, string? input, out IReadOnlyList<JsonNode?> arguments)
    {
        ArgumentNullException.ThrowIfNull(problem);
        arguments = [];
        if (string.IsNullOrWhiteSpace(input))
        {
            return $"give one JSON value per parameter ({string.Join(", ", problem.Parameters.Select(p => $"{p.Name}: {p.Type}"))}), one per line";
        }

        if (input.Length > 256 * 1024)
        {
            return "the input is larger than 256 KB";
        }

        var lines = input.ReplaceLineEndings("\n").Split('\n').Select((text, i) => (Text: text.Trim(), Line: i + 1)).Where(l => l.Text.Length > 0).ToList();
        var values = new List<(JsonNode? Value, int Line)>();
        foreach (var (text, line) in lines)
        {
            try
            {
                values.Add((JsonNode.Parse(text), line));
            }
            catch (JsonException ex)
            {
                return $"line {line}: not valid JSON ({ex.Message.Split('.')[0]})";
            }
        }

        if (values.Count == 1 && problem.Parameters.Count != 1 && values[0].Value is JsonArray all && all.Count == problem.Parameters.Count)
        {
            values = [.. all.Select(v => (v?.DeepClone(), values[0].Line))];
        }

        if (values.Count != problem.Parameters.Count)
        {
            return $"{problem.Function} takes {problem.Parameters.Count} argument(s) ({string.Join(", ", problem.Parameters.Select(p => p.Name))}); the input has {values.Count}";
        }

        for (var i = 0; i < values.Count; i++)
        {
            var parameter = problem.Parameters[i];
            if (!parameter.Type.Accepts(values[i].Value))
            {
                return $"line {values[i].Line.ToString(CultureInfo.InvariantCulture)}: {parameter.Name} must be of type {parameter.Type}";
            }
        }

        arguments = [.. values.Select(v => v.Value)];
        return null;
    }

    private static IResult UnknownProblem(string id) =>
        Results.Problem(statusCode: 404, title: "Unknown problem", detail: $"There is no problem '{id}'.");

    /// <summary>429 with Retry-After: the queue is full, try again shortly.</summary>
    private sealed class BusyResult(TimeSpan retryAfter) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Results.Problem(
                statusCode: 429,
                title: "The judge is busy",
                detail: $"Every judge worker is taken and the queue is full; try again in {seconds} s.").ExecuteAsync(httpContext);
        }
    }
}
