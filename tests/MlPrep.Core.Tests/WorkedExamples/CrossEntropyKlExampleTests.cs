namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.cross-entropy-kl, recomputed from the coin distributions and the logits.</summary>
public sealed class CrossEntropyKlExampleTests
{
    private const string Topic = "math.cross-entropy-kl";
    private static readonly double[] P = [0.5, 0.5];
    private static readonly double[] Q = [0.9, 0.1];
    private static readonly double[] Logits = [2, 1, 0];

    private static double CrossEntropyBits(double[] p, double[] q) =>
        -p.Zip(q, (a, b) => a > 0 ? a * Math.Log2(b) : 0).Sum();

    private static double KlBits(double[] p, double[] q) =>
        p.Zip(q, (a, b) => a > 0 ? a * Math.Log2(a / b) : 0).Sum();

    [Fact]
    public void DecompositionAndAsymmetry_MatchTheNotes()
    {
        var entropyP = CrossEntropyBits(P, P);
        var entropyQ = CrossEntropyBits(Q, Q);
        var crossPq = CrossEntropyBits(P, Q);

        Assert.Equal(1, entropyP, 12);
        Notes.Shows(Topic, "0.076", -0.5 * Math.Log2(0.9));
        Notes.Shows(Topic, "1.661", -0.5 * Math.Log2(0.1));
        Notes.Shows(Topic, "1.737", crossPq);
        Notes.Shows(Topic, "0.737", KlBits(P, Q));
        Assert.Equal(crossPq - entropyP, KlBits(P, Q), 12);
        Notes.Shows(Topic, "0.469", entropyQ);
        Assert.Equal(1, CrossEntropyBits(Q, P), 12);
        Notes.Shows(Topic, "0.531", KlBits(Q, P));
        Assert.Equal(CrossEntropyBits(Q, P) - entropyQ, KlBits(Q, P), 12);
    }

    [Fact]
    public void ZeroProbability_MakesOneDirectionInfinite()
    {
        double[] certain = [1, 0];

        Assert.True(double.IsPositiveInfinity(KlBits(P, certain)));
        Assert.Equal(1, KlBits(certain, P), 12);
        Notes.Mention(Topic, "is infinite, because half of $p$'s mass");
    }

    [Fact]
    public void SoftmaxLoss_MatchesTheNotes()
    {
        var exps = Logits.Select(Math.Exp).ToArray();
        var sum = exps.Sum();
        var q = exps.Select(e => e / sum).ToArray();
        var logSumExp = Math.Log(sum);

        Notes.Shows(Topic, "7.389", exps[0]);
        Notes.Shows(Topic, "2.718", exps[1]);
        Notes.Shows(Topic, "11.107", sum);
        Notes.Shows(Topic, "0.665", q[0]);
        Notes.Shows(Topic, "0.245", q[1]);
        Notes.Shows(Topic, "0.090", q[2]);
        Notes.Shows(Topic, "2.408", logSumExp);
        Notes.Shows(Topic, "0.408", -Math.Log(q[0]));
        Notes.Shows(Topic, "1.408", -Math.Log(q[1]));
        Assert.Equal(logSumExp, -Math.Log(q[2]), 12);
        Notes.Shows(Topic, "-0.335", q[0] - 1);
        Notes.Shows(Topic, "1.099", Math.Log(3));
    }
}
