namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.seq2seq-attention: dot-product attention over three encoder states, and the sizes of a Bahdanau-style model.</summary>
public sealed class NlpSeq2seqAttentionExampleTests
{
    private const string Topic = "nlp.seq2seq-attention";
    private static readonly double[] Query = [1, 0];
    private static readonly double[][] Keys = [[1, 1], [0, 1], [2, 0]];

    private static double[] Softmax(double[] scores)
    {
        var total = scores.Sum(Math.Exp);
        return [.. scores.Select(s => Math.Exp(s) / total)];
    }

    private static double[] Scores => [.. Keys.Select(k => k.Zip(Query, (a, b) => a * b).Sum())];

    private static int Gru(int input, int hidden) => 3 * ((hidden * (input + hidden)) + (2 * hidden));

    [Fact]
    public void AttentionWeightsAndContext_MatchTheNotes()
    {
        var weights = Softmax(Scores);
        var context = Enumerable.Range(0, 2).Select(d => weights.Zip(Keys, (w, k) => w * k[d]).Sum()).ToArray();

        Notes.Shows(Topic, "11.107", Scores.Sum(Math.Exp));
        Notes.Shows(Topic, "0.2447", weights[0], 5e-5);
        Notes.Shows(Topic, "0.0900", weights[1], 5e-5);
        Notes.Shows(Topic, "0.6652", weights[2], 5e-5);
        Notes.Shows(Topic, "1.5752", context[0], 5e-5);
        Notes.Shows(Topic, "0.3348", context[1], 5e-5);
    }

    [Fact]
    public void ScaledWeights_MatchTheNotes()
    {
        var weights = Softmax([.. Scores.Select(s => s / Math.Sqrt(2))]);

        Notes.Shows(Topic, "0.284", weights[0]);
        Notes.Shows(Topic, "0.140", weights[1]);
        Notes.Shows(Topic, "0.576", weights[2]);
    }

    [Fact]
    public void ParameterCounts_MatchTheNotes()
    {
        Notes.Shows(Topic, "786,944", (512 * 512) + (512 * 1024) + 512, 0);
        Notes.Shows(Topic, "524,288", 512 * 1024, 0);
        Assert.Equal(2_365_440, 2 * Gru(256, 512));
        Notes.Mention(Topic, "2{,}365{,}440");
        Assert.Equal(2_755_584, Gru(256 + 1024, 512));
        Notes.Mention(Topic, "2{,}755{,}584");
        Notes.Mention(Topic, "$(16, 18, 20)$");
    }
}
