namespace MlPrep.Core.Curriculum;

/// <summary>A study resource: a book, course, video, paper, documentation page, web page or tool.</summary>
public sealed record Resource(string Kind, string Title, string? Url);

/// <summary>A flashcard. <see cref="Id"/> is stable across edits and keys the review history.</summary>
public sealed record Card(string Id, string Question, string Answer, int Line);

/// <summary>A multiple-choice item with exactly one right choice (<see cref="Answer"/> is zero-based).</summary>
public sealed record QuizItem(string Id, string Question, IReadOnlyList<string> Choices, int Answer, string Explanation, int Line);

/// <summary>One area of the roadmap (Machine Learning, Deep Learning, ...).</summary>
public sealed record Area(string Id, string Title, IReadOnlyList<Resource> Resources, IReadOnlyList<Section> Sections)
{
    public IEnumerable<Topic> Topics => Sections.SelectMany(s => s.Topics);
}

/// <summary>A section of an area; <see cref="IsAdvanced"/> marks a section a learner may take after the core ones.</summary>
public sealed record Section(string Id, string Title, string AreaId, bool IsAdvanced, IReadOnlyList<Topic> Topics);

/// <summary>
/// A roadmap topic. <see cref="Content"/> is null while its notes are not written yet
/// (or when its file had errors and was skipped).
/// </summary>
public sealed record Topic(string Id, string Title, string AreaId, string SectionId, bool IsAdvanced, bool HasLab, TopicContent? Content)
{
    /// <summary>Notes, at least 6 cards and at least 4 quiz items: the bar for a covered topic.</summary>
    public bool IsCovered => Content is { } c && c.WordCount > 0 && c.Cards.Count >= MinCards && c.Quiz.Count >= MinQuiz;

    public const int MinCards = 6;
    public const int MinQuiz = 4;
}

/// <summary>What a topic file holds: front matter and the notes, parsed and rendered.</summary>
public sealed record TopicContent(
    string Title,
    string Summary,
    IReadOnlyList<string> Prerequisites,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<Card> Cards,
    IReadOnlyList<QuizItem> Quiz,
    string NotesMarkdown,
    string NotesHtml,
    int WordCount,
    string File);

/// <summary>A problem found in the content, with the file (relative to the content root's parent) and 1-based line.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
