using System.Globalization;
using System.Text.Json.Nodes;
using MlPrep.Core.Curriculum;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MlPrep.Core.Problems;

/// <summary>
/// Reads <c>content/problems/&lt;id&gt;/</c>: problem.yaml, statement.md, starters, reference
/// solutions and tests.yaml, and when present editorial.md and wrong.py (a known-wrong
/// solution), reporting every problem with file and line. A problem with an error is skipped;
/// the others load.
/// </summary>
public static class ProblemLoader
{
    public static readonly string[] Difficulties = ["easy", "medium", "hard"];
    public static readonly string[] Kinds = ["ml", "dsa"];

    private static readonly string[] ProblemKeys = ["id", "title", "difficulty", "kind", "topics", "pattern", "function", "params", "returns", "comparator", "limits"];
    private static readonly string[] RequiredFiles = ["statement.md", "starter.py", "starter.cs", "solution.py", "solution.cs", "tests.yaml"];

    public static IReadOnlyList<Problem> Load(string problemsDir, Func<string, string> display, ISet<string> topicIds, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(display);
        ArgumentNullException.ThrowIfNull(topicIds);
        ArgumentNullException.ThrowIfNull(errors);
        var problems = new List<Problem>();
        if (!Directory.Exists(problemsDir))
        {
            return problems;
        }

        foreach (var folder in Directory.GetDirectories(problemsDir).Order(StringComparer.Ordinal))
        {
            var before = errors.Count;
            var problem = Read(folder, display, topicIds, errors);
            if (problem is not null && errors.Count == before)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private static Problem? Read(string folder, Func<string, string> display, ISet<string> topicIds, List<ContentError> errors)
    {
        var yamlPath = Path.Combine(folder, "problem.yaml");
        var shown = display(yamlPath);
        if (!File.Exists(yamlPath))
        {
            errors.Add(new ContentError(shown, 1, "problem.yaml is missing"));
            return null;
        }

        foreach (var file in RequiredFiles.Where(f => !File.Exists(Path.Combine(folder, f))))
        {
            errors.Add(new ContentError(display(Path.Combine(folder, file)), 1, $"{file} is missing: every problem has {string.Join(", ", RequiredFiles)}"));
        }

        var node = YamlText.Parse(File.ReadAllText(yamlPath), out var line, out var yamlError);
        if (yamlError is not null)
        {
            errors.Add(new ContentError(shown, line, $"malformed YAML: {yamlError}"));
            return null;
        }

        var fields = new YamlFields(shown, 0, errors);
        if (node is null || fields.AsMapping(node, "problem.yaml") is not { } map)
        {
            errors.Add(new ContentError(shown, 1, "problem.yaml must be a mapping of fields"));
            return null;
        }

        fields.RejectUnknownKeys(map, ProblemKeys, "problem.yaml");
        var id = fields.String(map, "id", true, "problem.yaml");
        var title = fields.String(map, "title", true, "problem.yaml");
        var difficulty = fields.String(map, "difficulty", true, "problem.yaml");
        var kind = fields.String(map, "kind", true, "problem.yaml");
        var pattern = fields.String(map, "pattern", false, "problem.yaml");
        var function = fields.String(map, "function", true, "problem.yaml");
        var topics = fields.StringList(map, "topics", "problem.yaml");
        if (id is not null && id != Path.GetFileName(folder))
        {
            fields.Error(fields.Get(map, "id")!, $"id '{id}' must match its folder name '{Path.GetFileName(folder)}'");
        }

        Check(difficulty, Difficulties, "difficulty", map, fields);
        Check(kind, Kinds, "kind", map, fields);
        if (kind == "dsa" && pattern is null)
        {
            fields.Error(fields.Get(map, "kind")!, "a dsa problem names its pattern");
        }

        if (pattern is not null && Patterns.Find(pattern) is null)
        {
            fields.Error(fields.Get(map, "pattern")!, $"unknown pattern '{pattern}': it must be one of {string.Join(", ", Patterns.All.Select(p => p.Slug))}");
        }

        if (function is not null && !System.Text.RegularExpressions.Regex.IsMatch(function, "^[a-z][a-z0-9_]*$"))
        {
            fields.Error(fields.Get(map, "function")!, $"function '{function}' must be a snake_case name");
        }

        foreach (var (topic, topicLine) in topics.Where(t => !topicIds.Contains(t.Value)))
        {
            fields.Error(topicLine, $"unknown topic '{topic}': it is not a topic id in roadmap.yaml");
        }

        var parameters = ReadParameters(map, fields);
        var returnsText = fields.String(map, "returns", true, "problem.yaml");
        if (!ValueType.TryParse(returnsText, out var returns) && returnsText is not null)
        {
            fields.Error(fields.Get(map, "returns")!, $"return type '{returnsText}' is not one of int, long, double, bool, string or an array of them");
        }

        var comparator = ReadComparator(map, fields);
        var (timeLimit, memoryMb) = ReadLimits(map, fields);
        var tests = ReadTests(Path.Combine(folder, "tests.yaml"), display, parameters, returns, errors);
        if (id is null || title is null || difficulty is null || kind is null || function is null)
        {
            return null;
        }

        string Text(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : "";
        string? Optional(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : null;
        var editorial = Optional("editorial.md");
        if (editorial is not null)
        {
            foreach (var (at, message) in ContentMarkdown.FindProblems(editorial, 1))
            {
                errors.Add(new ContentError(display(Path.Combine(folder, "editorial.md")), at, message));
            }
        }

        return new Problem(
            id,
            title,
            difficulty,
            kind,
            [.. topics.Select(t => t.Value)],
            pattern,
            function,
            parameters,
            returns,
            comparator,
            timeLimit,
            memoryMb,
            Text("statement.md"),
            new Dictionary<string, string> { ["python"] = Text("starter.py"), ["csharp"] = Text("starter.cs") },
            new Dictionary<string, string> { ["python"] = Text("solution.py"), ["csharp"] = Text("solution.cs") },
            tests,
            folder)
        {
            EditorialMarkdown = editorial,
            WrongSolution = Optional("wrong.py"),
        };
    }

    private static void Check(string? value, string[] allowed, string field, YamlMappingNode map, YamlFields fields)
    {
        if (value is not null && !allowed.Contains(value))
        {
            fields.Error(fields.Get(map, field)!, $"{field} '{value}' is not one of: {string.Join(", ", allowed)}");
        }
    }

    private static List<Parameter> ReadParameters(YamlMappingNode map, YamlFields fields)
    {
        var parameters = new List<Parameter>();
        foreach (var item in fields.Sequence(map, "params", true, "problem.yaml") ?? [])
        {
            if (fields.AsMapping(item, "a parameter") is not { } parameter)
            {
                continue;
            }

            var name = fields.String(parameter, "name", true, "a parameter");
            var typeText = fields.String(parameter, "type", true, "a parameter");
            if (name is null || typeText is null)
            {
                continue;
            }

            if (!ValueType.TryParse(typeText, out var type))
            {
                fields.Error(parameter, $"parameter type '{typeText}' is not one of int, long, double, bool, string or an array of them");
                continue;
            }

            parameters.Add(new Parameter(name, type));
        }

        return parameters;
    }

    private static Comparator ReadComparator(YamlMappingNode map, YamlFields fields)
    {
        if (fields.Get(map, "comparator") is not { } node || fields.AsMapping(node, "comparator") is not { } comparator)
        {
            return new Comparator("exact");
        }

        var kind = fields.String(comparator, "kind", true, "comparator") ?? "exact";
        Check(kind, Comparator.Kinds, "kind", comparator, fields);
        double Number(string key)
        {
            var text = fields.String(comparator, key, false, "comparator");
            if (text is null)
            {
                return 0;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                return value;
            }

            fields.Error(fields.Get(comparator, key)!, $"comparator {key} must be a non-negative number");
            return 0;
        }

        var result = new Comparator(kind, Number("abs"), Number("rel"));
        if (kind == "float" && result.Absolute == 0 && result.Relative == 0)
        {
            fields.Error(comparator, "a float comparator states its tolerance: abs, rel or both");
        }

        return result;
    }

    private static (TimeSpan Time, int MemoryMb) ReadLimits(YamlMappingNode map, YamlFields fields)
    {
        if (fields.Get(map, "limits") is not { } node || fields.AsMapping(node, "limits") is not { } limits)
        {
            return (TimeSpan.FromSeconds(2), 256);
        }

        var seconds = fields.String(limits, "time", false, "limits");
        var memory = fields.Int(limits, "memory", false, "limits") ?? 256;
        var time = 2.0;
        if (seconds is not null && !(double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out time) && time is > 0 and <= 30))
        {
            fields.Error(fields.Get(limits, "time")!, "limits time is in seconds, more than 0 and at most 30");
            time = 2;
        }

        if (memory is < 32 or > 2048)
        {
            fields.Error(fields.Get(limits, "memory")!, "limits memory is in MB, from 32 to 2048");
        }

        return (TimeSpan.FromSeconds(time), memory);
    }

    private static List<TestCase> ReadTests(string path, Func<string, string> display, IReadOnlyList<Parameter> parameters, ValueType returns, List<ContentError> errors)
    {
        var tests = new List<TestCase>();
        if (!File.Exists(path))
        {
            return tests;
        }

        var shown = display(path);
        var node = YamlText.Parse(File.ReadAllText(path), out var line, out var yamlError);
        if (yamlError is not null)
        {
            errors.Add(new ContentError(shown, line, $"malformed YAML: {yamlError}"));
            return tests;
        }

        var fields = new YamlFields(shown, 0, errors);
        if (node is null || fields.AsMapping(node, "tests.yaml") is not { } map)
        {
            errors.Add(new ContentError(shown, 1, "tests.yaml must be a mapping with 'visible' and 'hidden' lists"));
            return tests;
        }

        fields.RejectUnknownKeys(map, ["visible", "hidden"], "tests.yaml");
        var visibleEntries = (fields.Get(map, "visible") as YamlSequenceNode)?.Children.Count ?? 0;
        foreach (var (key, visible) in new[] { ("visible", true), ("hidden", false) })
        {
            foreach (var item in fields.Sequence(map, key, visible, "tests.yaml") ?? [])
            {
                if (fields.AsMapping(item, "a test") is not { } test)
                {
                    continue;
                }

                fields.RejectUnknownKeys(test, ["args", "expected"], "a test");
                var index = tests.Count + 1;
                if (fields.Get(test, "args") is not YamlSequenceNode args || fields.Get(test, "expected") is not { } expectedNode)
                {
                    fields.Error(test, $"test {index} needs 'args' (a list, one item per parameter) and 'expected'");
                    continue;
                }

                var arguments = args.Children.Select(ToJson).ToList();
                if (arguments.Count != parameters.Count)
                {
                    fields.Error(args, $"test {index} gives {arguments.Count} arguments; the function takes {parameters.Count}");
                    continue;
                }

                for (var i = 0; i < arguments.Count; i++)
                {
                    if (!parameters[i].Type.Accepts(arguments[i]))
                    {
                        fields.Error(args.Children[i], $"test {index}: argument '{parameters[i].Name}' is not a {parameters[i].Type}");
                    }
                }

                var expected = ToJson(expectedNode);
                if (!returns.Accepts(expected))
                {
                    fields.Error(expectedNode, $"test {index}: expected value is not a {returns}");
                }

                tests.Add(new TestCase(index, visible, arguments, expected));
            }
        }

        if (visibleEntries == 0)
        {
            errors.Add(new ContentError(shown, 1, "tests.yaml needs at least one visible test"));
        }

        return tests;
    }

    /// <summary>A YAML node as JSON: plain scalars become numbers, booleans or null where they read as such; quoted ones stay text.</summary>
    internal static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value ?? "", ToJson(p.Value)))),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var text } => Plain(text ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => null,
    };

    private static JsonNode? Plain(string text)
    {
        if (text is "null" or "~" or "")
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }
}
