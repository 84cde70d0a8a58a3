using System.CommandLine;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Search;
using Spectre.Console;

namespace MlPrep.Cli.Commands;

/// <summary><c>mlprep search</c>: the same index as the web search, from the terminal.</summary>
internal static partial class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to look for in titles, notes and cards" };
        var limit = new Option<int>("--limit")
        {
            Description = "The most results to show",
            DefaultValueFactory = _ => 10,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100)
            {
                result.AddError("--limit must be between 1 and 100");
            }
        });
        var json = CommonOptions.Json();
        var contentDir = CommonOptions.ContentDir();
        var command = new Command("search", "Search topics, notes and cards") { query, limit, json, contentDir };
        command.SetAction(parse =>
        {
            var dir = CommonOptions.ResolveContent(parse.GetValue(contentDir));
            if (dir is null)
            {
                return 2;
            }

            using var index = new SearchIndex(CurriculumLoader.Load(dir));
            var hits = index.Search(parse.GetValue(query) ?? "", parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { results = hits }, CommonOptions.JsonOutput));
                return 0;
            }

            if (hits.Count == 0)
            {
                Console.WriteLine("No results.");
                return 0;
            }

            var table = new Table().RoundedBorder();
            table.AddColumns("#", "kind", "topic", "title / snippet", "score");
            var rank = 0;
            foreach (var hit in hits)
            {
                var snippet = WebUtility.HtmlDecode(Marks().Replace(hit.Snippet, m => m.Value == "<mark>" ? "\u0001" : "\u0002"));
                var text = Markup.Escape(snippet).Replace("\u0001", "[yellow]", StringComparison.Ordinal).Replace("\u0002", "[/]", StringComparison.Ordinal);
                table.AddRow(new Markup((++rank).ToString()), new Markup(hit.Kind), new Markup(Markup.Escape(hit.Topic)), new Markup($"[bold]{Markup.Escape(hit.Title)}[/]\n{text}"), new Markup(hit.Score.ToString("0.00")));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex Marks();
}
