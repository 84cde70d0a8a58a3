using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Tests.Curriculum;

/// <summary>The shipped content: it loads without errors, and what is written stays complete.</summary>
public sealed class ContentCoverageTests
{
    private static readonly Core.Curriculum.Curriculum Shipped = CurriculumLoader.Load(TestRepo.Content);

    [Fact]
    public void ShippedContent_HasNoErrors()
    {
        Assert.True(Shipped.Errors.Count == 0, string.Join('\n', Shipped.Errors));
    }

    /// <summary>The areas whose every topic is written; an area joins this list when its content issue is done.</summary>
    private static readonly string[] Complete = ["ml", "math", "dl", "nlp", "genai", "coding", "projects", "sysdesign", "interview"];

    private static readonly string[] StandardHeadings = ["## Intuition", "## Definition", "## Worked example", "## Pitfalls", "## How interviewers probe it", "## Compared with neighbours"];

    /// <summary>The note headings, in order, of each kind of topic (see content/README.md).</summary>
    private static string[] HeadingsOf(Topic topic) => topic switch
    {
        { AreaId: "coding" } => ["## Intuition", "## Recognition cues", "## Template", "## Worked example", "## Complexity", "## Pitfalls", "## How interviewers probe it", "## Compared with neighbours"],
        { AreaId: "projects" } => ["## Goal", "## Data", "## Steps", "## Metrics and baseline", "## Stretch goals", "## Pitfalls", "## Presenting it in an interview"],
        { SectionId: "sysdesign.cases" } => ["## Clarify requirements", "## Metrics", "## Data and labels", "## Features", "## Baseline and model", "## Training pipeline", "## Serving and latency", "## Monitoring and drift", "## Scaling", "## Trade-offs", "## Failure modes", "## Follow-up questions", "## Rubric"],
        { AreaId: "interview" } => ["## Why it matters", "## The checklist", "## Worked example", "## Pitfalls", "## How interviewers probe it"],
        _ => StandardHeadings,
    };

    public static TheoryData<string> CompleteAreas => [.. Complete];

    /// <summary>Every topic of the complete areas.</summary>
    public static TheoryData<string> CompleteTopics => [.. CurriculumLoader.Load(TestRepo.Content).Areas
        .Where(a => Complete.Contains(a.Id)).SelectMany(a => a.Topics).Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(CompleteAreas))]
    public void CompleteArea_StaysFullyCovered(string areaId)
    {
        var report = CoverageReport.From(Shipped);
        var area = report.Areas[areaId];

        Assert.Equal(area.Expected, area.Covered);
        Assert.True(area.Words >= 400 * area.Expected, $"{areaId} averages {area.Words / area.Expected} words per topic");
        Assert.DoesNotContain(report.Missing, id => id.StartsWith(areaId + ".", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CompleteTopics))]
    public void WrittenTopic_MeetsTheExemplarStandard(string id)
    {
        var content = Shipped.FindTopic(id)!.Content;

        Assert.NotNull(content);
        Assert.InRange(content.WordCount, 400, 900);
        Assert.True(content.Cards.Count >= 6, $"{id} has {content.Cards.Count} cards");
        Assert.True(content.Quiz.Count >= 4, $"{id} has {content.Quiz.Count} quiz items");
        Assert.True(content.Resources.Count >= 3, $"{id} lists {content.Resources.Count} resources");
        Assert.All(content.Quiz, q => Assert.True(q.Explanation.Length >= 80, $"{q.Id}: the explanation should say why each wrong choice is wrong"));
        var headings = content.NotesMarkdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.TrimEnd()).ToList();
        Assert.Equal(HeadingsOf(Shipped.FindTopic(id)!), headings);
    }

    [Theory]
    [InlineData("nlp.self-attention", "dl.attention-mechanism")]
    [InlineData("genai.peft-lora", "math.svd-pca")]
    [InlineData("dl.backpropagation", "math.chain-rule")]
    [InlineData("nlp.transformer-encoder-decoder", "dl.encoder-decoder")]
    [InlineData("genai.vae", "math.cross-entropy-kl")]
    public void DeepAreas_LinkAcrossAreas(string topic, string prerequisite)
    {
        Assert.Contains(prerequisite, Shipped.FindTopic(topic)!.Content!.Prerequisites);
    }

    [Fact]
    public void MostDeepLearningNlpAndGenAiTopics_BuildOnAnotherArea()
    {
        var topics = Shipped.Topics.Where(t => t.AreaId is "dl" or "nlp" or "genai").ToList();
        var linked = topics.Count(t => t.Content!.Prerequisites.Any(p => !p.StartsWith(t.AreaId + ".", StringComparison.Ordinal)));

        Assert.True(linked * 2 >= topics.Count, $"only {linked} of {topics.Count} topics link to another area");
    }

    [Fact]
    public void CodingTopics_GiveTemplatesInPythonAndCSharp_AndLinkTheirProblems()
    {
        foreach (var topic in Shipped.Topics.Where(t => t.SectionId is "coding.foundations" or "coding.patterns"))
        {
            var notes = topic.Content!.NotesMarkdown;
            Assert.True(notes.Contains("```python", StringComparison.Ordinal) && notes.Contains("```csharp", StringComparison.Ordinal), $"{topic.Id} lacks a template");
            Assert.True(notes.Contains("](/problems?pattern=", StringComparison.Ordinal), $"{topic.Id} does not link its problems");
        }
    }

    [Fact]
    public void CaseStudies_EndWithARubricOfTenToFifteenPoints()
    {
        var cases = Shipped.Topics.Where(t => t.SectionId == "sysdesign.cases").ToList();
        Assert.Equal(15, cases.Count);
        foreach (var topic in cases)
        {
            var notes = topic.Content!.NotesMarkdown;
            var rubric = notes[notes.IndexOf("## Rubric", StringComparison.Ordinal)..];
            var points = rubric.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. "));
            Assert.True(points is >= 10 and <= 15, $"{topic.Id}: the rubric has {points} points");
        }
    }

    [Fact]
    public void EveryTopicExceptTheFirstFoundations_NamesItsPrerequisites()
    {
        var withoutPrerequisites = Shipped.Topics
            .Where(t => t.Content is { Prerequisites.Count: 0 })
            .Select(t => t.Id)
            .ToList();

        Assert.Equal(["math.vectors-matrices"], withoutPrerequisites);
    }

    [Fact]
    public void SupervisedSection_IsFullyCovered()
    {
        var report = CoverageReport.From(Shipped);
        var section = Shipped.Areas.SelectMany(a => a.Sections).Single(s => s.Id == "ml.supervised");

        Assert.Equal(16, section.Topics.Count);
        Assert.All(section.Topics, t => Assert.DoesNotContain(t.Id, report.Missing));
        Assert.True(report.Areas["ml"].Covered >= 16);
    }

    [Fact]
    public void ShippedContent_HasNoCardAskedTwice()
    {
        var questions = Shipped.Topics
            .Where(t => t.Content is not null)
            .SelectMany(t => t.Content!.Cards.Select(c => (t.Id, Question: Normalise(c.Question))))
            .ToList();

        var duplicates = questions.GroupBy(q => q.Question).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(duplicates.Count == 0, "asked twice: " + string.Join(" | ", duplicates));
    }

    [Fact]
    public void ShippedQuiz_RightAnswersAreNotAlwaysInTheSamePlace()
    {
        foreach (var topic in Shipped.Topics.Where(t => t.Content is { Quiz.Count: >= 4 }))
        {
            var positions = topic.Content!.Quiz.Select(q => q.Answer).Distinct().Count();
            Assert.True(positions >= 2, $"{topic.Id}: every right answer sits at the same position");
        }
    }

    private static string Normalise(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
