using System.Text.RegularExpressions;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.question-answering: SQuAD exact match and F1, and constrained span selection.</summary>
public sealed partial class NlpQuestionAnsweringExampleTests
{
    private const string Topic = "nlp.question-answering";
    private static readonly double[] StartLogits = [0.1, 1.5, 0.2, 2.0, -1.0];
    private static readonly double[] EndLogits = [-0.5, 0.3, 2.5, 0.4, 1.0];

    [GeneratedRegex(@"\b(a|an|the)\b")]
    private static partial Regex Articles();

    /// <summary>The official SQuAD normalisation: lower-case, drop punctuation and articles, split on whitespace.</summary>
    private static string[] Normalise(string text)
    {
        var noPunctuation = new string([.. text.ToLowerInvariant().Where(c => !char.IsPunctuation(c))]);
        return Articles().Replace(noPunctuation, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static double F1(string prediction, string gold)
    {
        var p = Normalise(prediction);
        var g = Normalise(gold);
        var common = p.GroupBy(t => t).Sum(grp => Math.Min(grp.Count(), g.Count(t => t == grp.Key)));
        if (common == 0)
        {
            return 0;
        }

        var precision = common / (double)p.Length;
        var recall = common / (double)g.Length;
        return 2 * precision * recall / (precision + recall);
    }

    [Fact]
    public void ExactMatchAndF1_MatchTheNotes()
    {
        const string prediction = "Eiffel Tower, in Paris";
        string[] golds = ["the Eiffel Tower", "Eiffel Tower in Paris, France"];

        Assert.All(golds, g => Assert.NotEqual(string.Join(' ', Normalise(g)), string.Join(' ', Normalise(prediction))));
        Notes.Shows(Topic, "0.667", F1(prediction, golds[0]));
        Notes.Shows(Topic, "0.889", golds.Max(g => F1(prediction, g)));
        Notes.Mention(Topic, "Reported: EM 0, F1 0.889");
    }

    [Fact]
    public void SpanSelection_MatchesTheNotes()
    {
        var spans = (from i in Enumerable.Range(1, 4)
                     from j in Enumerable.Range(i, 5 - i)
                     select (Start: i, End: j, Score: StartLogits[i] + EndLogits[j]))
                    .OrderByDescending(s => s.Score)
                    .ToList();

        Assert.True(Array.IndexOf(StartLogits, StartLogits.Max()) > Array.IndexOf(EndLogits, EndLogits.Max()));
        Assert.Equal((1, 2), (spans[0].Start, spans[0].End));
        Notes.Shows(Topic, "4.0", spans[0].Score, 1e-12);
        Assert.Equal((3, 4), (spans[1].Start, spans[1].End));
        Notes.Shows(Topic, "3.0", spans[1].Score, 1e-12);
        Notes.Shows(Topic, "-0.4", StartLogits[0] + EndLogits[0], 1e-12);
        Notes.Shows(Topic, "1,538", (768 * 2) + 2, 0);
    }
}
