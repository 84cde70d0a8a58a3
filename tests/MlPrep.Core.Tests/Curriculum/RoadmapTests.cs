using System.Text.RegularExpressions;
using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Tests.Curriculum;

/// <summary>
/// content/roadmap.yaml against the curriculum outline it implements (a copy lives in Fixtures).
/// The outline writes titles with commas unquoted inside flow mappings, which YAML would split,
/// so it is read line by line here, the way its authors meant it.
/// </summary>
public sealed partial class RoadmapTests
{
    private sealed record OutlineTopic(string Id, string Title, string Area, string Section, bool Advanced, bool Lab);

    private static List<OutlineTopic> ReadOutline()
    {
        var topics = new List<OutlineTopic>();
        string area = "", section = "";
        var sectionAdvanced = false;
        string? pendingSection = null;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "outline.yaml")))
        {
            if (AreaLine().Match(line) is { Success: true } a)
            {
                area = a.Groups[1].Value;
            }
            else if (SectionLine().Match(line) is { Success: true } s)
            {
                pendingSection = s.Groups[1].Value;
                section = pendingSection;
                sectionAdvanced = false;
            }
            else if (pendingSection is not null && line.Trim() == "level: advanced")
            {
                sectionAdvanced = true;
            }
            else if (TopicLine().Match(line) is { Success: true } t)
            {
                var title = t.Groups[2].Value.Trim();
                if (title.StartsWith('"'))
                {
                    title = title.Trim('"');
                }

                topics.Add(new OutlineTopic(t.Groups[1].Value, title, area, section, sectionAdvanced || t.Groups[3].Success, t.Groups[4].Success));
            }
        }

        return topics;
    }

    [Fact]
    public void Roadmap_HasEveryOutlineTopic_WithSameTitleLevelAndLabFlag()
    {
        var outline = ReadOutline();
        var curriculum = CurriculumLoader.Load(TestRepo.Content);

        Assert.Equal(220, outline.Count);
        Assert.Equal(outline.Count, curriculum.TopicCount);
        var roadmap = curriculum.Topics.ToList();
        for (var i = 0; i < outline.Count; i++)
        {
            var expected = outline[i];
            var actual = roadmap[i];
            Assert.Equal(expected.Id, actual.Id);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Area, actual.AreaId);
            Assert.Equal(expected.Section, actual.SectionId);
            Assert.Equal(expected.Advanced, actual.IsAdvanced);
            Assert.Equal(expected.Lab, actual.HasLab);
        }
    }

    [Fact]
    public void Roadmap_HasNineAreasWithTheirRecommendedResources()
    {
        var curriculum = CurriculumLoader.Load(TestRepo.Content);

        Assert.Equal(["ml", "dl", "nlp", "genai", "math", "coding", "projects", "sysdesign", "interview"], curriculum.Areas.Select(a => a.Id));
        foreach (var id in new[] { "ml", "dl", "nlp", "genai", "math", "coding" })
        {
            Assert.True(curriculum.FindArea(id)!.Resources.Count >= 4, $"area {id} lists its recommended resources");
        }
    }

    [GeneratedRegex(@"^  - id: ([\w-]+)\s*$")]
    private static partial Regex AreaLine();

    [GeneratedRegex(@"^      - id: ([\w.-]+)\s*$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^\s*- \{ id: ([\w.-]+), title: (.*?)(, level: advanced)?(, lab: true)? \}\s*$")]
    private static partial Regex TopicLine();
}
