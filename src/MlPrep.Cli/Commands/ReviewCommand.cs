using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MlPrep.Cli.Review;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Practice;
using MlPrep.Data;
using MlPrep.Web.Practice;

namespace MlPrep.Cli.Commands;

/// <summary>
/// <c>mlprep review</c>: the review session in the terminal, on the same database and scheduler as the web app.
/// Keys come from the terminal one press at a time, or, when standard input is redirected, one per character
/// (so <c>printf ' 3 4q' | mlprep review</c> grades two cards and stops). Bad options exit with code 2.
/// </summary>
internal static class ReviewCommand
{
    private const int BadInput = 2;
    private const int DatabaseFailed = 1;

    public static Command Create()
    {
        var area = new Option<string?>("--area") { Description = "Review only this area (an id from roadmap.yaml, such as ml)" };
        var section = new Option<string?>("--section") { Description = "Review only this section (such as ml.supervised)" };
        var topic = new Option<string?>("--topic") { Description = "Review only this topic (such as ml.knn)" };
        var newPerDay = new Option<int?>("--new-per-day") { Description = $"New cards a day (default {SessionPlanner.DefaultNewCardsPerDay})" };
        newPerDay.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > SessionPlanner.MaxNewCardsPerDay)
            {
                result.AddError($"--new-per-day must be between 0 and {SessionPlanner.MaxNewCardsPerDay}");
            }
        });
        var dataDir = CommonOptions.DataDir();
        var contentDir = CommonOptions.ContentDir();
        var command = new Command("review", """
            Review your due cards, then new ones, in the terminal. Space (or Enter) shows the answer, 1-4 grade it
            (Again, Hard, Good, Easy), u undoes the last grade, q quits with a summary. Grades go to the same database
            as the web app. With standard input redirected, each character is one key press.
            """)
        { area, section, topic, newPerDay, dataDir, contentDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var dir = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (dir is null)
            {
                return BadInput;
            }

            var curriculum = CurriculumLoader.Load(dir);
            if (!ReviewScope.TryResolve(curriculum, parse.GetValue(area), parse.GetValue(section), parse.GetValue(topic), out var scope, out var problem))
            {
                stderr.WriteLine($"error: --{problem!.Value.Field}: {problem.Value.Message}");
                return BadInput;
            }

            if (curriculum.Errors.Count > 0)
            {
                stderr.WriteLine($"warning: {curriculum.Errors.Count} content problem(s); the files with problems are left out. Run `mlprep content check` for the list.");
            }

            var data = DataFolder.Resolve(parse.GetValue(dataDir));
            try
            {
                var clock = TimeProvider.System;
                var backend = await ReviewBackend.OpenAsync(curriculum, data, clock, new PracticeSettings(), cancellationToken);
                var text = new TerminalText(ConsoleWidth(), UseColour());
                using var console = Console.IsInputRedirected ? null : new ConsoleKeySource();
                IKeySource keys = console is null ? new TextKeySource(Console.In) : console;
                await new TerminalReview(backend, scope, parse.GetValue(newPerDay), keys, stdout, text, clock).RunAsync(cancellationToken);
                return 0;
            }
            catch (Exception ex) when (ex is SqliteException or DbUpdateException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot use the progress database in {data}: {ex.GetBaseException().Message}");
                stderr.WriteLine("Check that the folder is writable, or pick another with --data-dir.");
                return DatabaseFailed;
            }
        });
        return command;
    }

    /// <summary>Colours only for a person at a terminal who has not asked for none (https://no-color.org).</summary>
    private static bool UseColour() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static int ConsoleWidth()
    {
        const int Default = 80;
        if (Console.IsOutputRedirected)
        {
            return Default;
        }

        try
        {
            var width = Console.WindowWidth;
            return width > 0 ? Math.Min(width - 1, 100) : Default;
        }
        catch (IOException)
        {
            return Default;
        }
    }
}
