using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Tests.Curriculum;

public sealed class CurriculumLoaderTests
{
    private static ContentError SingleError(Core.Curriculum.Curriculum curriculum)
    {
        Assert.Single(curriculum.Errors);
        return curriculum.Errors[0];
    }

    [Fact]
    public void Load_ValidFiles_BuildsTopicsWithContent()
    {
        using var content = new TempContent()
            .Write("ml/ml.a.md", TempContent.ValidTopic("ml.a"))
            .Write("ml/ml.b.md", TempContent.ValidTopic("ml.b", prerequisites: "[ml.a, math.x]"));

        var curriculum = CurriculumLoader.Load(content.Root);

        Assert.Empty(curriculum.Errors);
        Assert.Equal(["ml", "math"], curriculum.Areas.Select(a => a.Id));
        Assert.Equal(4, curriculum.TopicCount);
        var b = curriculum.FindTopic("ml.b")!;
        Assert.Equal(["ml.a", "math.x"], b.Content!.Prerequisites);
        Assert.True(b.IsCovered);
        Assert.Equal("ml.b/c1", b.Content.Cards[0].Id);
        Assert.Equal("ml.b/q4", b.Content.Quiz[3].Id);
        Assert.Equal(1, b.Content.Quiz[0].Answer);
        Assert.Equal(["ml.b"], curriculum.LeadsTo("ml.a").Select(t => t.Id));
        Assert.Null(curriculum.FindTopic("ml.c")!.Content);
        Assert.True(curriculum.FindTopic("ml.c")!.IsAdvanced);
        Assert.True(curriculum.FindTopic("math.x")!.IsAdvanced);
        Assert.True(curriculum.FindTopic("ml.a")!.HasLab);
        Assert.Equal("https://example.org/book", curriculum.FindArea("ml")!.Resources[0].Url);
    }

    [Fact]
    public void Load_Notes_RenderMathForTheBrowser()
    {
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a"));

        var html = CurriculumLoader.Load(content.Root).FindTopic("ml.a")!.Content!.NotesHtml;

        Assert.Contains("<span class=\"math\">\\(w\\)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"math\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"intuition\">Intuition</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TopicWithTooFewCards_IsWrittenButNotCovered()
    {
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", cards: 5, quiz: 4));

        var topic = CurriculumLoader.Load(content.Root).FindTopic("ml.a")!;

        Assert.NotNull(topic.Content);
        Assert.False(topic.IsCovered);
    }

    [Fact]
    public void Load_MalformedYaml_ReportsFileAndLineAndSkipsOnlyThatFile()
    {
        var broken = "---\nid: ml.a\ntitle: A\nsummary: [unclosed\ncards: []\n---\nBody\n";
        using var content = new TempContent()
            .Write("ml/ml.a.md", broken)
            .Write("ml/ml.b.md", TempContent.ValidTopic("ml.b"));

        var curriculum = CurriculumLoader.Load(content.Root);

        var error = SingleError(curriculum);
        Assert.Equal("content/topics/ml/ml.a.md", error.File);
        Assert.InRange(error.Line, 4, 6);
        Assert.StartsWith("malformed YAML", error.Message, StringComparison.Ordinal);
        Assert.Null(curriculum.FindTopic("ml.a")!.Content);
        Assert.NotNull(curriculum.FindTopic("ml.b")!.Content);
    }

    [Fact]
    public void Load_FileWithoutFrontMatter_IsReportedOnLine1()
    {
        using var content = new TempContent().Write("ml/ml.a.md", "# Just notes\n");

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal(1, error.Line);
        Assert.Contains("front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnclosedFrontMatter_IsReported()
    {
        using var content = new TempContent().Write("ml/ml.a.md", "---\nid: ml.a\ntitle: A\n");

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingRequiredField_NamesTheField()
    {
        using var content = new TempContent().Write("ml/ml.a.md", "---\nid: ml.a\ntitle: A\n---\nBody\n");

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal(2, error.Line);
        Assert.Equal("missing required field 'summary' in topic 'ml.a'", error.Message);
    }

    [Fact]
    public void Load_UnknownField_IsReportedAtItsLine()
    {
        var text = TempContent.ValidTopic("ml.a").Replace("tags: [alpha, beta]", "tags: [alpha, beta]\nquizz: []", StringComparison.Ordinal);
        using var content = new TempContent().Write("ml/ml.a.md", text);

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal(7, error.Line);
        Assert.Contains("unknown field 'quizz'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTopicId_IsReported()
    {
        using var content = new TempContent().Write("ml/ml.zzz.md", TempContent.ValidTopic("ml.zzz"));

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal(2, error.Line);
        Assert.Equal("unknown topic id 'ml.zzz': it is not in roadmap.yaml", error.Message);
    }

    [Fact]
    public void Load_DuplicateTopicId_KeepsTheFileAtTheExpectedPlace()
    {
        using var content = new TempContent()
            .Write("ml/ml.a.md", TempContent.ValidTopic("ml.a"))
            .Write("ml/ml.a-copy.md", TempContent.ValidTopic("ml.a"));

        var curriculum = CurriculumLoader.Load(content.Root);

        var error = SingleError(curriculum);
        Assert.Equal("content/topics/ml/ml.a-copy.md", error.File);
        Assert.Equal("duplicate topic id 'ml.a': already defined in content/topics/ml/ml.a.md", error.Message);
        Assert.Equal("content/topics/ml/ml.a.md", curriculum.FindTopic("ml.a")!.Content!.File);
    }

    [Fact]
    public void Load_FileInWrongFolder_IsReported()
    {
        using var content = new TempContent().Write("math/ml.a.md", TempContent.ValidTopic("ml.a"));

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal("topic 'ml.a' must live in topics/ml/ml.a.md", error.Message);
    }

    [Fact]
    public void Load_DuplicateCardId_IsReported()
    {
        var text = TempContent.ValidTopic("ml.a")
            .Replace("  - q: Question 1 of ml.a?", "  - id: same\n    q: Question 1 of ml.a?", StringComparison.Ordinal)
            .Replace("  - q: Question 2 of ml.a?", "  - id: same\n    q: Question 2 of ml.a?", StringComparison.Ordinal);
        using var content = new TempContent().Write("ml/ml.a.md", text);

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal("duplicate card id 'same'", error.Message);
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void Load_UnknownPrerequisite_IsReportedAtTheItem()
    {
        var text = TempContent.ValidTopic("ml.a", prerequisites: "\n  - math.x\n  - ml.nope");
        using var content = new TempContent().Write("ml/ml.a.md", text);

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal(7, error.Line);
        Assert.Equal("unknown prerequisite 'ml.nope': it is not a topic id in roadmap.yaml", error.Message);
    }

    [Fact]
    public void Load_SelfPrerequisite_IsReported()
    {
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", prerequisites: "[ml.a]"));

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal("topic 'ml.a' lists itself as a prerequisite", error.Message);
    }

    [Fact]
    public void Load_PrerequisiteCycle_ReportsEveryTopicInTheCycleAndSkipsThem()
    {
        using var content = new TempContent()
            .Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", prerequisites: "[ml.b]"))
            .Write("ml/ml.b.md", TempContent.ValidTopic("ml.b", prerequisites: "[ml.c]"))
            .Write("ml/ml.c.md", TempContent.ValidTopic("ml.c", prerequisites: "[ml.a]"))
            .Write("math/math.x.md", TempContent.ValidTopic("math.x", prerequisites: "[ml.a]"));

        var curriculum = CurriculumLoader.Load(content.Root);

        Assert.Equal(3, curriculum.Errors.Count);
        Assert.All(curriculum.Errors, e => Assert.Equal("prerequisite cycle: ml.a -> ml.b -> ml.c -> ml.a", e.Message));
        Assert.All(curriculum.Errors, e => Assert.Equal(5, e.Line));
        Assert.Equal(["content/topics/ml/ml.a.md", "content/topics/ml/ml.b.md", "content/topics/ml/ml.c.md"], curriculum.Errors.Select(e => e.File));
        Assert.Null(curriculum.FindTopic("ml.b")!.Content);
        Assert.NotNull(curriculum.FindTopic("math.x")!.Content);
    }

    [Fact]
    public void Load_QuizAnswerOutOfRange_IsReportedAtTheAnswer()
    {
        var text = TempContent.ValidTopic("ml.a", quiz: 4);
        var index = text.LastIndexOf("answer: 1", StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, index), "answer: 3", text.AsSpan(index + "answer: 1".Length));
        using var content = new TempContent().Write("ml/ml.a.md", text);

        var error = SingleError(CurriculumLoader.Load(content.Root));

        var expectedLine = text[..index].Count(c => c == '\n') + 1;
        Assert.Equal(expectedLine, error.Line);
        Assert.Equal("answer 3 of quiz item 4 of topic 'ml.a' is out of range: it is the zero-based index of one of its 3 choices (0 to 2)", error.Message);
    }

    [Fact]
    public void Load_QuizWithOneChoice_IsReported()
    {
        var text = TempContent.ValidTopic("ml.a", quiz: 1).Replace("choices: [one, two, three]", "choices: [one]", StringComparison.Ordinal).Replace("answer: 1", "answer: 0", StringComparison.Ordinal);
        using var content = new TempContent().Write("ml/ml.a.md", text);

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal("quiz item 1 of topic 'ml.a' has 1 choices; give 2 to 6", error.Message);
    }

    [Fact]
    public void Load_QuizAnswerNotANumber_IsReported()
    {
        var text = TempContent.ValidTopic("ml.a", quiz: 1).Replace("answer: 1", "answer: two", StringComparison.Ordinal);
        using var content = new TempContent().Write("ml/ml.a.md", text);

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal("field 'answer' in quiz item 1 of topic 'ml.a' must be a whole number", error.Message);
    }

    [Fact]
    public void Load_BadResource_IsReported()
    {
        var text = TempContent.ValidTopic("ml.a").Replace("{ kind: paper, title: A paper }", "{ kind: podcast, title: A show, url: ftp://x }", StringComparison.Ordinal);
        using var content = new TempContent().Write("ml/ml.a.md", text);

        var errors = CurriculumLoader.Load(content.Root).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message.StartsWith("resource kind 'podcast' is not one of", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message == "resource url 'ftp://x' is not an absolute http(s) address");
    }

    [Theory]
    [InlineData("## Intuition\n\ntext\n\n$$\nx^2\n", 5, "display math '$$' opened here is never closed")]
    [InlineData("## Intuition\n\n```python\nprint(1)\n", 3, "code fence '```' opened here is never closed")]
    [InlineData("## Intuition\n\nIt costs $5 to run.\n", 3, "unbalanced '$' in a line of text")]
    public void Load_MalformedMarkdown_IsReportedWithLine(string body, int line, string message)
    {
        // The front matter of ValidTopic with no cards and no quiz ends on line 13; the body starts on line 14.
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", cards: 0, quiz: 0, body: body));

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal(13 + line, error.Line);
        Assert.StartsWith("malformed Markdown: " + message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EscapedDollarAndDollarInCode_AreAccepted()
    {
        var body = "## Intuition\n\nIt costs \\$5, and `echo $HOME` is code; $a$ is math.\n\n```bash\necho $PATH\n```\n";
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", body: body));

        Assert.Empty(CurriculumLoader.Load(content.Root).Errors);
    }

    [Fact]
    public void Load_MissingRoadmap_IsAnErrorNotACrash()
    {
        using var content = new TempContent();
        File.Delete(Path.Combine(content.Root, "roadmap.yaml"));

        var curriculum = CurriculumLoader.Load(content.Root);

        Assert.Equal(0, curriculum.TopicCount);
        Assert.Equal("the roadmap file is missing", SingleError(curriculum).Message);
    }

    [Fact]
    public void Load_DuplicateRoadmapId_IsReportedWithLine()
    {
        var roadmap = TempContent.Roadmap.Replace("{ id: ml.b, title: \"Topic B\" }", "{ id: ml.a, title: \"Topic B\" }", StringComparison.Ordinal);
        using var content = new TempContent(roadmap);

        var curriculum = CurriculumLoader.Load(content.Root);

        var error = SingleError(curriculum);
        Assert.Equal("content/roadmap.yaml", error.File);
        Assert.Equal(11, error.Line);
        Assert.StartsWith("duplicate id 'ml.a'", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, curriculum.TopicCount);
    }

    [Fact]
    public void Load_RoadmapTopicOutsideItsArea_IsReported()
    {
        var roadmap = TempContent.Roadmap.Replace("{ id: math.x,", "{ id: ml.x,", StringComparison.Ordinal);
        using var content = new TempContent(roadmap);

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal("id 'ml.x' must start with its area id 'math.'", error.Message);
    }

    [Fact]
    public void ToSearchText_KeepsMathWithUnambiguousDelimiters()
    {
        const string notes = "## Intuition\n\nInline $a_1 + b_2$ and **bold**, a \\$5 fee.\n\n$$\n\\sum_i x_i^2\n$$\n\n| a | b |\n|---|---|\n| $x$ | 2 |\n";

        var text = ContentMarkdown.ToSearchText(notes);

        Assert.Equal("Intuition Inline \\(a_1 + b_2\\) and bold, a $5 fee. \\[\\sum_i x_i^2\\] a b \\(x\\) 2", text);
    }

    [Fact]
    public void CountWords_IgnoresDisplayMathAndCode()
    {
        const string body = "One two three.\n\n$$\na + b = c\n$$\n\n```python\nx = 1\n```\n\nFour $x$ five — six.";

        Assert.Equal(7, ContentMarkdown.CountWords(body));
    }

    [Fact]
    public void Load_TruncatedOrCorruptedFiles_NeverThrow()
    {
        var original = File.ReadAllText(Path.Combine(TestRepo.Content, "topics", "ml", "ml.linear-regression.md"));
        var random = new Random(20261124);
        using var content = new TempContent();
        for (var trial = 0; trial < 120; trial++)
        {
            var text = trial % 2 == 0
                ? original[..random.Next(original.Length)]
                : Corrupt(original, random);
            var roadmap = Path.Combine(content.Root, "roadmap.yaml");
            File.WriteAllText(roadmap, TempContent.Roadmap.Replace("ml.a,", "ml.linear-regression,", StringComparison.Ordinal));
            content.Write("ml/ml.linear-regression.md", text);

            var curriculum = CurriculumLoader.Load(content.Root);

            Assert.True(curriculum.Errors.Count > 0 || curriculum.FindTopic("ml.linear-regression")?.Content is not null);
        }
    }

    [Fact]
    public void Load_MalformedRoadmap_IsReportedWithLine()
    {
        using var content = new TempContent("areas:\n  - id: ml\n    title: [broken\n");

        var error = SingleError(CurriculumLoader.Load(content.Root));

        Assert.Equal("content/roadmap.yaml", error.File);
        Assert.StartsWith("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    private static string Corrupt(string text, Random random)
    {
        var chars = text.ToCharArray();
        const string Noise = ":-[]{}\"'|>&*!%@`$#\n\t ";
        for (var i = 0; i < 8; i++)
        {
            chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
        }

        return new string(chars);
    }
}
