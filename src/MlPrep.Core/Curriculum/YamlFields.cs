using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace MlPrep.Core.Curriculum;

/// <summary>
/// Reads typed fields out of a YAML mapping and records every problem with its line in the
/// file. <paramref name="lineOffset"/> is added to YamlDotNet's 1-based line so that errors
/// inside front matter point at the line of the whole file.
/// </summary>
internal sealed class YamlFields(string file, int lineOffset, List<ContentError> errors)
{
    public string File { get; } = file;

    public int ErrorCount => errors.Count;

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public void Error(YamlNode node, string message) => Error(LineOf(node), message);

    public void Error(int line, string message) => errors.Add(new ContentError(File, line, message));

    public YamlMappingNode? AsMapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, $"{what} must be a mapping of fields");
        return null;
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Reports keys that the format does not define, so a typo such as "quizz" is not silently ignored.</summary>
    public void RejectUnknownKeys(YamlMappingNode map, IReadOnlyCollection<string> known, string where)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name))
            {
                Error(key, $"unknown field '{name}' in {where} (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    public string? String(YamlMappingNode map, string key, bool required, string where)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, $"missing required field '{key}' in {where}");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"field '{key}' in {where} must be text");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Error(node, $"field '{key}' in {where} is empty");
            }

            return null;
        }

        return value;
    }

    public bool Bool(YamlMappingNode map, string key, string where)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalarNode { Value: "true" or "True" })
        {
            return true;
        }

        if (node is YamlScalarNode { Value: "false" or "False" })
        {
            return false;
        }

        Error(node, $"field '{key}' in {where} must be true or false");
        return false;
    }

    public int? Int(YamlMappingNode map, string key, bool required, string where)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, $"missing required field '{key}' in {where}");
            }

            return null;
        }

        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, $"field '{key}' in {where} must be a whole number");
        return null;
    }

    /// <summary>The items of a sequence field; null when the field is absent or not a sequence.</summary>
    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, bool required, string where)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, $"missing required field '{key}' in {where}");
            }

            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, $"field '{key}' in {where} must be a list");
        return null;
    }

    /// <summary>A list of text items, each with its line.</summary>
    public List<(string Value, int Line)> StringList(YamlMappingNode map, string key, string where)
    {
        var result = new List<(string, int)>();
        var sequence = Sequence(map, key, required: false, where);
        if (sequence is null)
        {
            return result;
        }

        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                result.Add((value.Trim(), LineOf(item)));
            }
            else
            {
                Error(item, $"each item of '{key}' in {where} must be non-empty text");
            }
        }

        return result;
    }

    private static readonly string[] ResourceKinds = ["book", "course", "video", "paper", "docs", "web", "tool"];
    private static readonly string[] ResourceKeys = ["kind", "title", "url"];

    public List<Resource> Resources(YamlMappingNode map, string where)
    {
        var result = new List<Resource>();
        var sequence = Sequence(map, "resources", required: false, where);
        if (sequence is null)
        {
            return result;
        }

        foreach (var item in sequence)
        {
            if (AsMapping(item, $"a resource of {where}") is not { } resource)
            {
                continue;
            }

            var before = ErrorCount;
            RejectUnknownKeys(resource, ResourceKeys, "a resource");
            var kind = String(resource, "kind", required: true, "a resource");
            var title = String(resource, "title", required: true, "a resource");
            var url = String(resource, "url", required: false, "a resource");
            if (kind is not null && !ResourceKinds.Contains(kind))
            {
                Error(resource, $"resource kind '{kind}' is not one of: {string.Join(", ", ResourceKinds)}");
            }

            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                Error(resource, $"resource url '{url}' is not an absolute http(s) address");
            }

            if (ErrorCount == before && kind is not null && title is not null)
            {
                result.Add(new Resource(kind, title, url));
            }
        }

        return result;
    }
}
