using System.CommandLine;
using System.Globalization;
using MlPrep.Core.Curriculum;
using MlPrep.Data.Export;

namespace MlPrep.Cli.Commands;

/// <summary>
/// <c>mlprep export anki</c>: the flashcards as an Anki package, one deck per area and a subdeck per section.
/// Bad options exit with code 2 and a message naming the option; a failed write exits with code 1.
/// </summary>
internal static class ExportCommand
{
    private const int BadInput = 2;
    private const int WriteFailed = 1;

    public static Command Create() => new("export", "Export the flashcards for use in other tools")
    {
        Anki(),
    };

    private static Command Anki()
    {
        var output = new Option<string>("--out")
        {
            Description = "The Anki package to write, such as deck.apkg (replaced if it exists)",
            Required = true,
        };
        var area = new Option<string?>("--area") { Description = "Export only this area (an id from roadmap.yaml, such as ml)" };
        var contentDir = CommonOptions.ContentDir();
        var command = new Command("anki", """
            Write the flashcards as an Anki package (.apkg): one deck per area and a subdeck per section, named
            MLPrep::<area>::<section>, math kept for Anki's MathJax. Importing a later export updates the same notes.
            """)
        { output, area, contentDir };
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var path = parse.GetValue(output)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (string.IsNullOrWhiteSpace(Path.GetFileName(path)) || Directory.Exists(path))
            {
                stderr.WriteLine($"error: --out: '{path}' is a folder; give the file to write, such as {Path.Combine(path, "mlprep.apkg")}");
                return BadInput;
            }

            if (!Directory.Exists(folder))
            {
                stderr.WriteLine($"error: --out: the folder {folder} does not exist; create it first or write somewhere else");
                return BadInput;
            }

            var dir = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (dir is null)
            {
                return BadInput;
            }

            var curriculum = CurriculumLoader.Load(dir);
            var areaId = parse.GetValue(area)?.Trim();
            if (areaId is not null && curriculum.FindArea(areaId) is null)
            {
                stderr.WriteLine($"error: --area: there is no area '{areaId}' in the roadmap; the areas are {string.Join(", ", curriculum.Areas.Select(a => a.Id))}");
                return BadInput;
            }

            if (curriculum.Errors.Count > 0)
            {
                stderr.WriteLine($"warning: {curriculum.Errors.Count} content problem(s); the files with problems are left out. Run `mlprep content check` for the list.");
            }

            AnkiExportSummary summary;
            try
            {
                summary = new AnkiExporter(TimeProvider.System).Export(curriculum, path, areaId);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write {Path.GetFullPath(path)}: {ex.Message}");
                return WriteFailed;
            }

            Print(summary, stdout);
            return 0;
        });
        return command;
    }

    private static void Print(AnkiExportSummary summary, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        var sections = summary.Decks.Where(d => d.Deck.Level == 2).ToList();
        output.WriteLine(string.Create(culture, $"Wrote {summary.Path}: {summary.Notes} cards in {sections.Count} section decks."));
        var width = sections.Select(d => d.Deck.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var (deck, cards) in sections)
        {
            output.WriteLine(string.Create(culture, $"  {deck.Name.PadRight(width)}  {cards,5}"));
        }

        output.WriteLine(summary.Notes == 0
            ? "The package has no cards: the chosen part of the roadmap has none written yet."
            : "Open it with Anki (File > Import). Importing a later export updates these notes instead of adding copies.");
    }
}
