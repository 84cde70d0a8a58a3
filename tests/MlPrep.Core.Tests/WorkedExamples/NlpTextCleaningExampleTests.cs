using System.Text.RegularExpressions;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.text-cleaning: scikit-learn's default tokeniser and stop words on one review.</summary>
public sealed partial class NlpTextCleaningExampleTests
{
    private const string Topic = "nlp.text-cleaning";
    private const string Lowered = "the film was not good!!! see url — 10/10 😀";

    /// <summary>The words of this review that scikit-learn's 318-word 'english' list contains.</summary>
    private static readonly HashSet<string> StopWordsInReview = ["the", "was", "not", "see"];

    [GeneratedRegex(@"\b\w\w+\b")]
    private static partial Regex SklearnTokenPattern();

    private static string[] Tokens(string text) => [.. SklearnTokenPattern().Matches(text).Select(m => m.Value)];

    [Fact]
    public void Tokenising_Gives9Tokens()
    {
        var tokens = Tokens(Lowered);

        Assert.Equal(["the", "film", "was", "not", "good", "see", "url", "10", "10"], tokens);
        Notes.Shows(Topic, "9", tokens.Length, 0);
        Notes.Mention(Topic, "| tokenise | the, film, was, not, good, see, url, 10, 10 |");
    }

    [Fact]
    public void RemovingStopWords_Leaves5Tokens()
    {
        var kept = Tokens(Lowered).Where(t => !StopWordsInReview.Contains(t)).ToArray();

        Assert.Equal(["film", "good", "url", "10", "10"], kept);
        Notes.Shows(Topic, "5", kept.Length, 0);
        Notes.Mention(Topic, "| stop words | film, good, url, 10, 10 |");
        Notes.Mention(Topic, "318 words");
    }

    [Fact]
    public void Ligature_IsAWordCharacterOfItsOwn()
    {
        var withLigature = Tokens("the \uFB01lm was good");

        Assert.Contains("\uFB01lm", withLigature);
        Assert.DoesNotContain("film", withLigature);
        Notes.Mention(Topic, "Without NFKC, \"ﬁlm\" would have been a separate vocabulary entry");
    }
}
