namespace MlPrep.Core.Tests;

/// <summary>
/// A throw-away content folder with a small roadmap (areas ml and math), into which a test
/// writes the topic files it needs, broken or not.
/// </summary>
internal sealed class TempContent : IDisposable
{
    public const string Roadmap = """
        areas:
          - id: ml
            title: Machine Learning
            resources:
              - { kind: book, title: "A book", url: "https://example.org/book" }
            sections:
              - id: ml.basics
                title: Basics
                topics:
                  - { id: ml.a, title: "Topic A", lab: true }
                  - { id: ml.b, title: "Topic B" }
                  - { id: ml.c, title: "Topic C", level: advanced }
          - id: math
            title: Mathematics
            sections:
              - id: math.core
                title: Core
                level: advanced
                topics:
                  - { id: math.x, title: "Topic X" }
        """;

    public TempContent(string roadmap = Roadmap)
    {
        Root = Path.Combine(TestRepo.NewTempDir("content"), "content");
        Directory.CreateDirectory(Path.Combine(Root, "topics"));
        File.WriteAllText(Path.Combine(Root, "roadmap.yaml"), roadmap);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to content/topics/<paramref name="relativePath"/>.</summary>
    public TempContent Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, "topics", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>A valid topic file with <paramref name="cards"/> cards and <paramref name="quiz"/> quiz items.</summary>
    public static string ValidTopic(string id, string prerequisites = "[]", int cards = 6, int quiz = 4, string body = "## Intuition\n\nA line through points; the slope is $w$ and the fit minimises $\\sum_i r_i^2$.\n\n$$\nw = (X^\\top X)^{-1} X^\\top y\n$$\n")
    {
        var cardLines = string.Concat(Enumerable.Range(1, cards).Select(i => $"  - q: Question {i} of {id}?\n    a: Answer {i}\n"));
        var quizLines = string.Concat(Enumerable.Range(1, quiz).Select(i => $"  - q: Quiz {i}?\n    choices: [one, two, three]\n    answer: 1\n    explain: Two is right because it is.\n"));
        return $"---\nid: {id}\ntitle: Title of {id}\nsummary: Summary of {id}.\nprerequisites: {prerequisites}\ntags: [alpha, beta]\nresources:\n  - {{ kind: paper, title: A paper }}\ncards:\n{(cards == 0 ? "  []\n" : cardLines)}quiz:\n{(quiz == 0 ? "  []\n" : quizLines)}---\n{body}";
    }

    public void Dispose()
    {
        var top = Path.GetDirectoryName(Root)!;
        if (Directory.Exists(top))
        {
            Directory.Delete(top, recursive: true);
        }
    }
}
