using System.Globalization;
using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// Ties a recomputed worked example to the notes that print it: a test computes a number from
/// the example's inputs, checks it against the expected value, and checks that the notes show it.
/// </summary>
internal static class Notes
{
    private static readonly Core.Curriculum.Curriculum Shipped = CurriculumLoader.Load(TestRepo.Content);

    public static string Of(string topicId) =>
        Shipped.FindTopic(topicId)?.Content?.NotesMarkdown
        ?? throw new InvalidOperationException($"topic {topicId} has no notes");

    /// <summary>Asserts that <paramref name="actual"/> is within <paramref name="tolerance"/> of
    /// <paramref name="printed"/>, and that the notes of <paramref name="topicId"/> contain <paramref name="printed"/>
    /// written exactly as given (so "0.833" matches the notes' text).</summary>
    public static void Shows(string topicId, string printed, double actual, double tolerance = 5e-4)
    {
        var expected = double.Parse(printed.Replace("−", "-", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{topicId}: the notes print {printed}, the inputs give {actual.ToString("R", CultureInfo.InvariantCulture)}");
        Assert.True(Of(topicId).Contains(printed, StringComparison.Ordinal), $"{topicId}: the notes do not show {printed}");
    }

    /// <summary>Asserts that the notes of <paramref name="topicId"/> contain <paramref name="text"/>.</summary>
    public static void Mention(string topicId, string text) =>
        Assert.True(Of(topicId).Contains(text, StringComparison.Ordinal), $"{topicId}: the notes do not contain \"{text}\"");
}
