using YamlDotNet.RepresentationModel;

namespace MlPrep.Core.Curriculum;

/// <summary>A topic file that parsed cleanly; cross-file checks (ids, prerequisites) come later.</summary>
internal sealed record TopicFile(string Id, int IdLine, int PrerequisitesLine, List<(string Id, int Line)> Prerequisites, TopicContent Content);

/// <summary>Reads one <c>content/topics/&lt;area&gt;/&lt;id&gt;.md</c>: front matter and notes.</summary>
internal static class TopicFileReader
{
    private static readonly string[] TopicKeys = ["id", "title", "summary", "prerequisites", "tags", "resources", "cards", "quiz"];
    private static readonly string[] CardKeys = ["id", "q", "a"];
    private static readonly string[] QuizKeys = ["id", "q", "choices", "answer", "explain"];

    /// <summary>Parses the file; returns null (with errors recorded) when anything in it is wrong.</summary>
    public static TopicFile? Read(string text, string displayPath, List<ContentError> errors)
    {
        var before = errors.Count;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            errors.Add(new ContentError(displayPath, 1, "the file must start with YAML front matter between two '---' lines"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            errors.Add(new ContentError(displayPath, 1, "the front matter opened on line 1 is never closed with a '---' line"));
            return null;
        }

        var frontMatter = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var bodyFirstLine = close + 2;

        var root = YamlText.Parse(frontMatter, out var errorLine, out var yamlError);
        if (yamlError is not null)
        {
            errors.Add(new ContentError(displayPath, errorLine + 1, $"malformed YAML in the front matter: {yamlError}"));
            return null;
        }

        var fields = new YamlFields(displayPath, 1, errors);
        if (root is null)
        {
            errors.Add(new ContentError(displayPath, 1, "the front matter is empty"));
            return null;
        }

        if (fields.AsMapping(root, "the front matter") is not { } map)
        {
            return null;
        }

        fields.RejectUnknownKeys(map, TopicKeys, "the front matter");
        var id = fields.String(map, "id", required: true, "the front matter");
        var where = id is null ? "the front matter" : $"topic '{id}'";
        var title = fields.String(map, "title", required: true, where);
        var summary = fields.String(map, "summary", required: true, where);
        var prerequisitesNode = fields.Get(map, "prerequisites");
        var prerequisites = fields.StringList(map, "prerequisites", where);
        var tags = fields.StringList(map, "tags", where).Select(t => t.Value).ToList();
        var resources = fields.Resources(map, where);
        var cards = ReadCards(map, id ?? "topic", fields, where);
        var quiz = ReadQuiz(map, id ?? "topic", fields, where);

        foreach (var (line, message) in ContentMarkdown.FindProblems(body, bodyFirstLine))
        {
            errors.Add(new ContentError(displayPath, line, $"malformed Markdown: {message}"));
        }

        if (errors.Count > before || id is null || title is null || summary is null)
        {
            return null;
        }

        var notes = body.Trim();
        var content = new TopicContent(
            title,
            summary,
            [.. prerequisites.Select(p => p.Value)],
            tags,
            resources,
            cards,
            quiz,
            notes,
            notes.Length == 0 ? "" : ContentMarkdown.ToHtml(notes),
            notes.Length == 0 ? 0 : ContentMarkdown.CountWords(notes),
            displayPath);
        var idLine = fields.LineOf(fields.Get(map, "id")!);
        var prerequisitesLine = prerequisitesNode is null ? idLine : fields.LineOf(prerequisitesNode);
        return new TopicFile(id, idLine, prerequisitesLine, prerequisites, content);
    }

    private static List<Card> ReadCards(YamlMappingNode map, string topicId, YamlFields fields, string where)
    {
        var cards = new List<Card>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in fields.Sequence(map, "cards", required: false, where) ?? [])
        {
            index++;
            if (fields.AsMapping(node, $"card {index} of {where}") is not { } card)
            {
                continue;
            }

            var what = $"card {index} of {where}";
            fields.RejectUnknownKeys(card, CardKeys, what);
            var id = fields.String(card, "id", required: false, what) ?? $"{topicId}/c{index}";
            var q = fields.String(card, "q", required: true, what);
            var a = fields.String(card, "a", required: true, what);
            if (!ids.Add(id))
            {
                fields.Error(card, $"duplicate card id '{id}'");
            }

            if (q is not null && a is not null)
            {
                cards.Add(new Card(id, q, a, fields.LineOf(card)));
            }
        }

        return cards;
    }

    private static List<QuizItem> ReadQuiz(YamlMappingNode map, string topicId, YamlFields fields, string where)
    {
        var items = new List<QuizItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in fields.Sequence(map, "quiz", required: false, where) ?? [])
        {
            index++;
            var what = $"quiz item {index} of {where}";
            if (fields.AsMapping(node, what) is not { } item)
            {
                continue;
            }

            fields.RejectUnknownKeys(item, QuizKeys, what);
            var id = fields.String(item, "id", required: false, what) ?? $"{topicId}/q{index}";
            var q = fields.String(item, "q", required: true, what);
            var explain = fields.String(item, "explain", required: true, what);
            var answer = fields.Int(item, "answer", required: true, what);
            var choicesNode = fields.Sequence(item, "choices", required: true, what);
            var choices = choicesNode is null ? [] : fields.StringList(item, "choices", what).Select(c => c.Value).ToList();
            if (!ids.Add(id))
            {
                fields.Error(item, $"duplicate quiz item id '{id}'");
            }

            if (choicesNode is not null)
            {
                if (choices.Count is < 2 or > 6)
                {
                    fields.Error(choicesNode, $"{what} has {choices.Count} choices; give 2 to 6");
                }

                var duplicate = choices.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    fields.Error(choicesNode, $"{what} lists the choice '{duplicate.Key}' twice");
                }

                if (answer is { } a && (a < 0 || a >= choices.Count))
                {
                    fields.Error(fields.Get(item, "answer")!, $"answer {a} of {what} is out of range: it is the zero-based index of one of its {choices.Count} choices (0 to {choices.Count - 1})");
                }
            }

            if (q is not null && explain is not null && answer is not null && choices.Count >= 2)
            {
                items.Add(new QuizItem(id, q, choices, answer.Value, explain, fields.LineOf(item)));
            }
        }

        return items;
    }
}
