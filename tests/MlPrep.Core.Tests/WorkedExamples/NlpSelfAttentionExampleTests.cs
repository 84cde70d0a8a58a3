namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.self-attention, recomputed from three two-dimensional tokens with identity projections.</summary>
public sealed class NlpSelfAttentionExampleTests
{
    private const string Topic = "nlp.self-attention";
    private static readonly double[][] X = [[1, 0], [0, 1], [1, 1]];

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    /// <summary>Softmax weights of <paramref name="query"/> over the first <paramref name="keys"/> tokens (a causal mask when keys is query + 1).</summary>
    private static double[] Weights(int query, int keys)
    {
        var scores = X.Take(keys).Select(k => Dot(X[query], k) / Math.Sqrt(2)).ToArray();
        var max = scores.Max();
        var exps = scores.Select(s => Math.Exp(s - max)).ToArray();
        var total = exps.Sum();
        return [.. exps.Select(e => e / total)];
    }

    private static double[] Output(double[] weights) =>
        [.. Enumerable.Range(0, 2).Select(k => weights.Select((w, j) => w * X[j][k]).Sum())];

    [Fact]
    public void UnmaskedAttention_MatchesTheNotes()
    {
        var third = Weights(2, 3);
        Notes.Shows(Topic, "0.2483", third[0]);
        Assert.Equal(third[0], third[1], 12);
        Notes.Shows(Topic, "0.5035", third[2]);
        Notes.Shows(Topic, "8.1695", Math.Exp(Math.Sqrt(0.5)) * 2 + Math.Exp(Math.Sqrt(2)));
        Notes.Shows(Topic, "0.7517", Output(third)[0]);

        var first = Weights(0, 3);
        Notes.Shows(Topic, "0.4011", first[0]);
        Notes.Shows(Topic, "0.1978", first[1]);
        var z1 = Output(first);
        Notes.Shows(Topic, "0.8022", z1[0]);
        Notes.Shows(Topic, "0.5989", z1[1]);
    }

    [Fact]
    public void CausalMask_MatchesTheNotes()
    {
        Assert.Equal(1, Weights(0, 1)[0], 12);
        var second = Weights(1, 2);
        Notes.Shows(Topic, "0.3302", second[0]);
        Notes.Shows(Topic, "0.6698", second[1]);
    }

    [Fact]
    public void ParametersAndCost_MatchTheNotes()
    {
        const double d = 768, t = 1024, batch = 8, heads = 12;

        Assert.Equal(2_362_368, 4 * (d * d + d));
        Notes.Mention(Topic, "2{,}362{,}368");
        Notes.Shows(Topic, "4.83", 8 * t * d * d / 1e9, 5e-3);
        Notes.Shows(Topic, "3.22", 4 * t * t * d / 1e9, 5e-3);
        Notes.Shows(Topic, "100,663,296", batch * heads * t * t);
        Assert.Equal(192, batch * heads * t * t * 2 / (1024 * 1024));
        Notes.Mention(Topic, "192 MiB");
    }
}
