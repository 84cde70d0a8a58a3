namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.ner: token accuracy against exact-match entity F1 for one sentence.</summary>
public sealed class NlpNerExampleTests
{
    private const string Topic = "nlp.ner";
    private static readonly string[] Gold = ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"];
    private static readonly string[] Predicted = ["B-PER", "I-PER", "O", "B-PER", "O", "O", "B-ORG", "O", "O"];

    /// <summary>Decodes BIO tags into (start, end, type) spans, end exclusive.</summary>
    private static HashSet<(int Start, int End, string Type)> Entities(string[] tags)
    {
        var spans = new HashSet<(int, int, string)>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : "O";
            var continues = tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == type && start >= 0;
            if (!continues && start >= 0)
            {
                spans.Add((start, i, type));
                start = -1;
            }

            if (tag != "O" && !continues)
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }

    [Fact]
    public void TokenAccuracy_MatchesTheNotes()
    {
        var correct = Gold.Zip(Predicted, (g, p) => g == p).Count(x => x);

        Assert.Equal(7, correct);
        Notes.Shows(Topic, "0.778", correct / (double)Gold.Length);
    }

    [Fact]
    public void EntityF1_MatchesTheNotes()
    {
        var gold = Entities(Gold);
        var predicted = Entities(Predicted);
        var matched = gold.Intersect(predicted).Count();
        var precision = matched / (double)predicted.Count;
        var recall = matched / (double)gold.Count;

        Assert.Equal(3, gold.Count);
        Assert.Equal(3, predicted.Count);
        Assert.Contains((3, 4, "PER"), predicted);
        Notes.Mention(Topic, "[Charles] PER");
        Notes.Shows(Topic, "0.333", 2 * precision * recall / (precision + recall));
    }

    [Fact]
    public void TokenClassificationHead_MatchesTheNotes()
    {
        Notes.Shows(Topic, "6921", (768 * 9) + 9, 0);
    }
}
