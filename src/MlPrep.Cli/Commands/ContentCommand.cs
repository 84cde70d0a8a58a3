using System.CommandLine;
using System.Text.Json;
using MlPrep.Core.Curriculum;
using Spectre.Console;

namespace MlPrep.Cli.Commands;

/// <summary><c>mlprep content check</c>: validation errors and coverage per area.</summary>
internal static class ContentCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var contentDir = CommonOptions.ContentDir();
        var check = new Command("check", "Validate the content and report coverage of the roadmap per area (exit code 1 on any error)") { json, contentDir };
        check.SetAction(parse =>
        {
            var dir = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (dir is null)
            {
                return 2;
            }

            var report = CoverageReport.From(CurriculumLoader.Load(dir));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, CommonOptions.JsonOutput));
            }
            else
            {
                Print(report);
            }

            return report.Errors.Count > 0 ? 1 : 0;
        });

        return new Command("content", "Work with the curriculum content") { check };
    }

    private static void Print(CoverageReport report)
    {
        var table = new Table().Title("Coverage of the roadmap").RoundedBorder();
        table.AddColumns("area", "covered", "cards", "quiz", "words");
        foreach (var (id, area) in report.Areas)
        {
            var covered = area.Covered == area.Expected ? $"[green]{area.Covered}/{area.Expected}[/]" : $"{area.Covered}/{area.Expected}";
            table.AddRow(id, covered, area.Cards.ToString(), area.Quiz.ToString(), area.Words.ToString());
        }

        AnsiConsole.Write(table);
        var expected = report.Areas.Values.Sum(a => a.Expected);
        AnsiConsole.MarkupLine($"{expected - report.Missing.Count} of {expected} topics covered (notes, at least {Topic.MinCards} cards and {Topic.MinQuiz} quiz items).");
        if (report.Errors.Count == 0)
        {
            AnsiConsole.MarkupLine("[green]No content errors.[/]");
            return;
        }

        AnsiConsole.MarkupLine($"[red]{report.Errors.Count} content error(s)[/]; the files concerned are skipped:");
        foreach (var error in report.Errors)
        {
            AnsiConsole.MarkupLineInterpolated($"  [bold]{error.File}:{error.Line}[/]: {error.Message}");
        }
    }
}
