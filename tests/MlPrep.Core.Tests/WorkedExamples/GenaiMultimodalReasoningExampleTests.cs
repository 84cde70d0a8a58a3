namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.multimodal-reasoning: VQA accuracy over annotator subsets, ANLS, CircularEval and tiling token counts.</summary>
public sealed class GenaiMultimodalReasoningExampleTests
{
    private const string Topic = "genai.multimodal-reasoning";

    private static double VqaAccuracy(int matching)
    {
        var annotators = Enumerable.Range(0, 10).Select(i => i < matching ? 1 : 0).ToArray();
        return Enumerable.Range(0, 10)
            .Select(left => annotators.Where((_, i) => i != left).Sum())
            .Average(count => Math.Min(count / 3.0, 1));
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static double Anls(string prediction, string reference)
    {
        var nl = Levenshtein(prediction, reference) / (double)Math.Max(prediction.Length, reference.Length);
        return nl < 0.5 ? 1 - nl : 0;
    }

    [Fact]
    public void VqaAccuracy_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.6", VqaAccuracy(2), 1e-12);
        Notes.Shows(Topic, "0.667", Math.Min(2 / 3.0, 1));
        Notes.Shows(Topic, "0.9", VqaAccuracy(3), 1e-12);
        Assert.Equal(1, VqaAccuracy(4), 12);
    }

    [Fact]
    public void Anls_MatchesTheTable()
    {
        Assert.Equal(1, Levenshtein("1,250", "1250"));
        Notes.Shows(Topic, "0.8", Anls("1,250", "1250"), 1e-12);
        Assert.Equal(1, Levenshtein("12.50", "1250"));
        Assert.Equal(Anls("1,250", "1250"), Anls("12.50", "1250"), 12);
        Assert.Equal(2, Levenshtein("1520", "1250"));
        Assert.Equal(0, Anls("1520", "1250"));
        Notes.Mention(Topic, "| \"1520\" | 2 | 2/4 = 0.5 | 0 |");
    }

    [Fact]
    public void CircularEvalAndTiling_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.0039", Math.Pow(0.25, 4), 5e-5);
        var tiles = (1344 / 336) * (672 / 336);

        Assert.Equal(8, tiles);
        Assert.Equal(5184, (tiles + 1) * 576);
        Notes.Mention(Topic, "5,184 tokens before any text");
    }
}
