namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.attention-mechanism: scaled dot-product attention of one query over
/// three keys, the unscaled weights for comparison, and the size of a long-context score tensor.</summary>
public sealed class DlAttentionMechanismExampleTests
{
    private const string Topic = "dl.attention-mechanism";
    private static readonly double[] Query = [1, 0, 1, 0];
    private static readonly double[][] Keys = [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]];
    private static readonly double[][] Values = [[1, 0], [0, 1], [1, 1]];

    private static double[] Softmax(double[] scores)
    {
        var exps = scores.Select(s => Math.Exp(s)).ToArray();
        var total = exps.Sum();
        return [.. exps.Select(e => e / total)];
    }

    private static double[] Scores() => [.. Keys.Select(k => k.Zip(Query, (a, b) => a * b).Sum())];

    [Fact]
    public void ScaledWeightsAndOutput_MatchTheNotes()
    {
        var scaled = Scores().Select(s => s / Math.Sqrt(Query.Length)).ToArray();
        Notes.Mention(Topic, "$(2, 0, 1)$");
        Notes.Mention(Topic, "$(1, 0, 0.5)$");
        Notes.Shows(Topic, "5.367", scaled.Sum(s => Math.Exp(s)));

        var weights = Softmax(scaled);
        Notes.Shows(Topic, "0.506", weights[0]);
        Notes.Shows(Topic, "0.186", weights[1]);
        Notes.Shows(Topic, "0.307", weights[2]);
        Assert.Equal(1, weights.Sum(), 12);

        var output = Enumerable.Range(0, 2).Select(j => weights.Select((w, i) => w * Values[i][j]).Sum()).ToArray();
        Notes.Shows(Topic, "0.814", output[0]);
        Notes.Shows(Topic, "0.494", output[1]);
    }

    [Fact]
    public void UnscaledWeightsAndMemory_MatchTheNotes()
    {
        var unscaled = Softmax(Scores());
        Notes.Shows(Topic, "0.665", unscaled[0]);
        Notes.Shows(Topic, "0.090", unscaled[1]);
        Notes.Shows(Topic, "0.245", unscaled[2]);

        Notes.Shows(Topic, "4.0", 8.0 * 16 * 4096 * 4096 * 2 / Math.Pow(2, 30), 1e-12);
        Notes.Shows(Topic, "131,328", (2 * 256 * 256) + 256, 0);
    }
}
