using System.CommandLine;
using System.Text.Json;
using MlPrep.Core.Curriculum;
using MlPrep.Judge;
using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;

namespace MlPrep.Cli.Commands;

/// <summary><c>mlprep judge</c>: a solution file against every test of a problem.</summary>
internal static class JudgeCommand
{
    public static Command Create()
    {
        var problemId = new Option<string>("--problem") { Description = "The problem id (a folder of content/problems)", Required = true };
        var language = new Option<string>("--lang") { Description = "python or csharp", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "The solution: a Python module defining the function, or a C# class Solution", Required = true };
        var json = CommonOptions.Json();
        var contentDir = CommonOptions.ContentDir();
        var command = new Command("judge", "Judge a solution against all tests of a problem") { problemId, language, file, json, contentDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (dir is null)
            {
                return 2;
            }

            if (!LanguageNames.TryParse(parse.GetValue(language), out var lang))
            {
                Console.Error.WriteLine($"error: --lang must be python or csharp, not '{parse.GetValue(language)}'");
                return 2;
            }

            var curriculum = CurriculumLoader.Load(dir);
            var id = parse.GetValue(problemId)!;
            if (curriculum.FindProblem(id) is not { } problem)
            {
                var problemErrors = curriculum.Errors.Where(e => e.File.Contains($"/problems/{id}/", StringComparison.Ordinal)).ToList();
                Console.Error.WriteLine(problemErrors.Count > 0
                    ? $"error: problem '{id}' has content errors:\n  " + string.Join("\n  ", problemErrors)
                    : $"error: no problem '{id}'; the problems are: {string.Join(", ", curriculum.Problems.Select(p => p.Id))}");
                return 2;
            }

            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"error: --file {source.FullName} does not exist");
                return 2;
            }

            var environment = SandboxEnvironment.Detect();
            if (environment.Problem is { } sandboxProblem)
            {
                Console.Error.WriteLine($"error: {sandboxProblem}");
                return 2;
            }

            var judge = new ProblemJudge(new BubblewrapSandbox(environment), CSharpCompiler.Isolated());
            var result = await judge.JudgeAsync(problem, lang, await File.ReadAllTextAsync(source.FullName, cancellationToken), cancellationToken: cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { result.Verdict, result.Tests, result.CompileOutput }, CommonOptions.JsonOutput));
            }
            else
            {
                Console.WriteLine($"{result.Verdict}: {result.Tests.Count(t => t.Passed)}/{result.Tests.Count} tests passed");
                foreach (var test in result.Tests.Where(t => t.Message is not null).Take(5))
                {
                    Console.WriteLine("  " + test.Message);
                }

                if (result.CompileOutput is not null)
                {
                    Console.WriteLine(result.CompileOutput);
                }
            }

            return result.Verdict == Verdicts.InternalError ? 3 : 0;
        });
        return command;
    }
}
