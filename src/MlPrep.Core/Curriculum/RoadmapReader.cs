using YamlDotNet.RepresentationModel;

namespace MlPrep.Core.Curriculum;

/// <summary>One topic as the roadmap declares it, before its file is read.</summary>
internal sealed record RoadmapTopic(string Id, string Title, string AreaId, string SectionId, bool IsAdvanced, bool HasLab);

internal sealed record RoadmapSection(string Id, string Title, string AreaId, bool IsAdvanced, List<RoadmapTopic> Topics);

internal sealed record RoadmapArea(string Id, string Title, List<Resource> Resources, List<RoadmapSection> Sections);

/// <summary>Reads <c>content/roadmap.yaml</c>: areas, sections and topic ids, validated with lines.</summary>
internal static class RoadmapReader
{
    private static readonly string[] AreaKeys = ["id", "title", "resources", "sections"];
    private static readonly string[] SectionKeys = ["id", "title", "level", "topics"];
    private static readonly string[] TopicKeys = ["id", "title", "level", "lab"];

    public static List<RoadmapArea> Read(string path, string displayPath, List<ContentError> errors)
    {
        var areas = new List<RoadmapArea>();
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(displayPath, 1, "the roadmap file is missing"));
            return areas;
        }

        var node = YamlText.Parse(File.ReadAllText(path), out var errorLine, out var yamlError);
        if (yamlError is not null)
        {
            errors.Add(new ContentError(displayPath, errorLine, $"malformed YAML: {yamlError}"));
            return areas;
        }

        var fields = new YamlFields(displayPath, 0, errors);
        if (node is null || fields.AsMapping(node, "the roadmap") is not { } root)
        {
            errors.Add(new ContentError(displayPath, 1, "the roadmap must be a mapping with an 'areas' list"));
            return areas;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var areaNode in fields.Sequence(root, "areas", required: true, "the roadmap") ?? [])
        {
            if (fields.AsMapping(areaNode, "an area") is not { } areaMap)
            {
                continue;
            }

            fields.RejectUnknownKeys(areaMap, AreaKeys, "an area");
            var areaId = fields.String(areaMap, "id", required: true, "an area");
            var areaTitle = fields.String(areaMap, "title", required: true, $"area '{areaId}'");
            if (areaId is null || areaTitle is null || !Claim(seen, areaId, areaMap, fields))
            {
                continue;
            }

            var area = new RoadmapArea(areaId, areaTitle, fields.Resources(areaMap, $"area '{areaId}'"), []);
            areas.Add(area);
            foreach (var sectionNode in fields.Sequence(areaMap, "sections", required: true, $"area '{areaId}'") ?? [])
            {
                ReadSection(sectionNode, area, fields, seen);
            }
        }

        return areas;
    }

    private static void ReadSection(YamlNode node, RoadmapArea area, YamlFields fields, HashSet<string> seen)
    {
        if (fields.AsMapping(node, "a section") is not { } map)
        {
            return;
        }

        fields.RejectUnknownKeys(map, SectionKeys, "a section");
        var id = fields.String(map, "id", required: true, "a section");
        var title = fields.String(map, "title", required: true, $"section '{id}'");
        if (id is null || title is null || !Claim(seen, id, map, fields) || !HasPrefix(id, area.Id, map, fields))
        {
            return;
        }

        var advanced = Level(map, fields, $"section '{id}'");
        var section = new RoadmapSection(id, title, area.Id, advanced, []);
        area.Sections.Add(section);
        foreach (var topicNode in fields.Sequence(map, "topics", required: true, $"section '{id}'") ?? [])
        {
            if (fields.AsMapping(topicNode, "a topic") is not { } topicMap)
            {
                continue;
            }

            fields.RejectUnknownKeys(topicMap, TopicKeys, "a topic");
            var topicId = fields.String(topicMap, "id", required: true, "a topic");
            var topicTitle = fields.String(topicMap, "title", required: true, $"topic '{topicId}'");
            if (topicId is null || topicTitle is null || !Claim(seen, topicId, topicMap, fields) || !HasPrefix(topicId, area.Id, topicMap, fields))
            {
                continue;
            }

            var topicAdvanced = advanced | Level(topicMap, fields, $"topic '{topicId}'");
            section.Topics.Add(new RoadmapTopic(topicId, topicTitle, area.Id, id, topicAdvanced, fields.Bool(topicMap, "lab", $"topic '{topicId}'")));
        }
    }

    private static bool Level(YamlMappingNode map, YamlFields fields, string where)
    {
        var level = fields.String(map, "level", required: false, where);
        if (level is null or "core")
        {
            return false;
        }

        if (level == "advanced")
        {
            return true;
        }

        fields.Error(map, $"level '{level}' of {where} must be 'core' or 'advanced'");
        return false;
    }

    private static bool Claim(HashSet<string> seen, string id, YamlNode node, YamlFields fields)
    {
        if (seen.Add(id))
        {
            return true;
        }

        fields.Error(node, $"duplicate id '{id}': every area, section and topic id must be unique");
        return false;
    }

    private static bool HasPrefix(string id, string areaId, YamlNode node, YamlFields fields)
    {
        if (id.StartsWith(areaId + ".", StringComparison.Ordinal) && id.Length > areaId.Length + 1)
        {
            return true;
        }

        fields.Error(node, $"id '{id}' must start with its area id '{areaId}.'");
        return false;
    }
}
