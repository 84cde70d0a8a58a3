namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.forward-propagation: a 2-3-2 ReLU network on one example, and the shapes and
/// FLOPs of a 768-3072-768 feed-forward block on a batch of 8 sequences of 512 tokens.
/// </summary>
public sealed class DlForwardPropagationExampleTests
{
    private const string Topic = "dl.forward-propagation";
    private static readonly double[] X = [1, 2];
    private static readonly double[][] W1 = [[0.5, -0.5], [1, 0.5], [-1, 1]];
    private static readonly double[] B1 = [0, 0, 0.5];
    private static readonly double[][] W2 = [[1, -0.5, 1], [0.5, 1, -1]];
    private static readonly double[] B2 = [0.5, 0];

    private static double[] Affine(double[][] w, double[] b, double[] input) =>
        [.. w.Select((row, i) => row.Zip(input, (a, v) => a * v).Sum() + b[i])];

    [Fact]
    public void HiddenLayer_MatchesTheNotes()
    {
        var z1 = Affine(W1, B1, X);
        var h = z1.Select(v => Math.Max(0, v)).ToArray();

        Assert.Equal(new[] { -0.5, 2, 1.5 }, z1);
        Assert.Equal(new[] { 0, 2, 1.5 }, h);
        Notes.Mention(Topic, "= (-0.5, 2, 1.5)$");
        Notes.Mention(Topic, "ReLU: $h = (0, 2, 1.5)$");
    }

    [Fact]
    public void LogitsProbabilitiesAndLoss_MatchTheNotes()
    {
        var h = Affine(W1, B1, X).Select(v => Math.Max(0, v)).ToArray();
        var z2 = Affine(W2, B2, h);
        var sum = z2.Sum(v => Math.Exp(v));
        var p0 = Math.Exp(z2[0]) / sum;

        Assert.Equal(new[] { 1, 0.5 }, z2);
        Notes.Mention(Topic, "= (1, 0.5)$");
        Notes.Shows(Topic, "0.6225", p0);
        Notes.Shows(Topic, "0.3775", 1 - p0);
        Notes.Shows(Topic, "0.4741", -Math.Log(p0));
    }

    [Fact]
    public void FeedForwardBlockCost_MatchesTheNotes()
    {
        const int batch = 8, length = 512, model = 768, hidden = 3072;
        const long tokens = batch * length;
        const long weights = 2L * model * hidden;
        var flops = 2.0 * tokens * weights;

        Notes.Shows(Topic, "4096", tokens, 0);
        Notes.Mention(Topic, "$2 \\cdot 768 \\cdot 3072 = 4{,}718{,}592$");
        Assert.Equal(4_718_592L, weights);
        Notes.Shows(Topic, "38.7", flops / 1e9, 0.05);
        Notes.Shows(Topic, "12,582,912", tokens * hidden, 0);
        Notes.Shows(Topic, "50.3", tokens * hidden * 4 / 1e6, 0.05);
    }
}
