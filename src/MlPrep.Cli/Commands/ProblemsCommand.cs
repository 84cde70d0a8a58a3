using System.CommandLine;
using System.Text.Json;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Problems;
using MlPrep.Judge;
using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;
using Spectre.Console;

namespace MlPrep.Cli.Commands;

/// <summary><c>mlprep problems list</c> and <c>mlprep problems check</c>: the problem bank and its proof.</summary>
internal static class ProblemsCommand
{
    public static Command Create() => new("problems", "List the coding problems, or prove each one by its reference and wrong solutions") { List(), Check() };

    private static Command List()
    {
        var json = CommonOptions.Json();
        var contentDir = CommonOptions.ContentDir();
        var kind = new Option<string?>("--kind") { Description = "Only ml or only dsa problems" };
        var pattern = new Option<string?>("--pattern") { Description = "Only the problems of one pattern (e.g. sliding-window)" };
        var path = new Option<string?>("--path") { Description = $"List in the order of a path: {ProblemPaths.ByPattern} or {ProblemPaths.MlEssentials}" };
        var command = new Command("list", "List the problems: id, title, kind, difficulty, pattern, topics") { json, contentDir, kind, pattern, path };
        command.SetAction(parse =>
        {
            var dir = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (dir is null)
            {
                return 2;
            }

            var curriculum = CurriculumLoader.Load(dir);
            IEnumerable<Problem> problems;
            switch (parse.GetValue(path))
            {
                case null:
                    problems = curriculum.Problems
                        .OrderBy(p => p.Kind, StringComparer.Ordinal)
                        .ThenBy(p => Patterns.Order(p.Pattern))
                        .ThenBy(p => p.DifficultyRank)
                        .ThenBy(p => p.Id, StringComparer.Ordinal);
                    break;
                case ProblemPaths.ByPattern:
                    problems = ProblemPaths.Patterns(curriculum).SelectMany(s => s.Problems);
                    break;
                case ProblemPaths.MlEssentials:
                    problems = ProblemPaths.Ml(curriculum).SelectMany(s => s.Problems);
                    break;
                case var other:
                    Console.Error.WriteLine($"error: --path must be {ProblemPaths.ByPattern} or {ProblemPaths.MlEssentials}, not '{other}'");
                    return 2;
            }

            if (parse.GetValue(kind) is { } k && k is not ("ml" or "dsa"))
            {
                Console.Error.WriteLine($"error: --kind must be ml or dsa, not '{k}'");
                return 2;
            }

            if (parse.GetValue(pattern) is { } slug && Patterns.Find(slug) is null)
            {
                Console.Error.WriteLine($"error: --pattern '{slug}' is not a pattern; the patterns are: {string.Join(", ", Patterns.All.Select(p => p.Slug))}");
                return 2;
            }

            var shown = problems
                .Where(p => parse.GetValue(kind) is not { } only || p.Kind == only)
                .Where(p => parse.GetValue(pattern) is not { } only || p.Pattern == only)
                .ToList();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(shown.Select(p => new { p.Id, p.Title, p.Kind, p.Difficulty, p.Pattern, p.Topics }), CommonOptions.JsonOutput));
                return 0;
            }

            var table = new Table().RoundedBorder();
            table.AddColumns("id", "title", "kind", "difficulty", "pattern / topics");
            foreach (var p in shown)
            {
                table.AddRow(Markup.Escape(p.Id), Markup.Escape(p.Title), p.Kind, p.Difficulty, Markup.Escape(p.Pattern ?? string.Join(", ", p.Topics)));
            }

            AnsiConsole.Write(table);
            var ml = shown.Count(p => p.Kind == "ml");
            AnsiConsole.MarkupLine($"{shown.Count} problems: {ml} ML, {shown.Count - ml} algorithms in {shown.Select(p => p.Pattern).OfType<string>().Distinct().Count()} patterns.");
            return 0;
        });
        return command;
    }

    private static Command Check()
    {
        var json = CommonOptions.Json();
        var contentDir = CommonOptions.ContentDir();
        var only = new Option<string?>("--only") { Description = "Check only these problems (ids separated by commas)" };
        var workers = new Option<int>("--workers") { Description = "Judge this many solutions at once (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("check", "Judge every problem's two reference solutions (must be accepted) and its wrong.py (must be rejected); exit code 1 on any failure") { json, contentDir, only, workers };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (dir is null)
            {
                return 2;
            }

            var environment = SandboxEnvironment.Detect();
            if (environment.Problem is { } sandboxProblem)
            {
                Console.Error.WriteLine($"error: {sandboxProblem}");
                return 2;
            }

            var curriculum = CurriculumLoader.Load(dir);
            var problems = curriculum.Problems.ToList();
            var errors = curriculum.Errors.Where(e => e.File.Contains("problems/", StringComparison.Ordinal)).ToList();
            if (parse.GetValue(only) is { } list)
            {
                var ids = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
                var unknown = ids.Where(id => curriculum.FindProblem(id) is null).ToList();
                if (unknown.Count > 0 && !errors.Any(e => unknown.Any(id => e.File.Contains($"/{id}/", StringComparison.Ordinal))))
                {
                    Console.Error.WriteLine($"error: --only names unknown problems: {string.Join(", ", unknown)}");
                    return 2;
                }

                problems = [.. problems.Where(p => ids.Contains(p.Id))];
                errors = [.. errors.Where(e => ids.Any(id => e.File.Contains($"/{id}/", StringComparison.Ordinal)))];
            }

            var asJson = parse.GetValue(json);
            var checker = new ProblemChecker(new ProblemJudge(new BubblewrapSandbox(environment), CSharpCompiler.Isolated()), parse.GetValue(workers));
            var results = await checker.CheckAsync(problems, asJson ? null : Print, cancellationToken);
            var failed = results.Count(r => !r.Ok);
            if (asJson)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    Problems = results.Select(r => new { r.Id, r.References, r.Wrong, r.Issues }),
                    ContentErrors = errors.Select(e => e.ToString()),
                    Summary = new { Total = results.Count, Ok = results.Count - failed, Failed = failed },
                }, CommonOptions.JsonOutput));
            }
            else
            {
                foreach (var error in errors)
                {
                    Console.WriteLine($"content error: {error}");
                }

                Console.WriteLine($"{results.Count} problems checked: {results.Count - failed} ok, {failed} failed{(errors.Count > 0 ? $"; {errors.Count} content errors" : "")}.");
            }

            return failed > 0 || errors.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static void Print(ProblemCheck check)
    {
        var line = $"{(check.Ok ? "ok  " : "FAIL")} {check.Id}: python {check.References["python"]}, csharp {check.References["csharp"]}, wrong.py {check.Wrong}";
        Console.WriteLine(check.Issues.Count == 0 ? line : line + "\n       " + string.Join("\n       ", check.Issues));
    }
}
