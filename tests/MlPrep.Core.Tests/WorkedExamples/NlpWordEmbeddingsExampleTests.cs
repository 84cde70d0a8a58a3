namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.word-embeddings: one negative-sampling step, the 3/4-power noise, subsampling and GloVe weights.</summary>
public sealed class NlpWordEmbeddingsExampleTests
{
    private const string Topic = "nlp.word-embeddings";
    private static readonly double[] Centre = [0.5, -0.2, 0.1];
    private static readonly double[] Context = [0.4, 0.1, 0.3];
    private static readonly double[] Negative1 = [-0.3, 0.2, 0.0];
    private static readonly double[] Negative2 = [0.1, -0.4, 0.2];

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private static double Dot(double[] x, double[] y) => x.Zip(y, (a, b) => a * b).Sum();

    [Fact]
    public void NegativeSamplingLoss_MatchesTheTable()
    {
        var positive = Dot(Context, Centre);
        var n1 = Dot(Negative1, Centre);
        var n2 = Dot(Negative2, Centre);
        var loss = -(Math.Log(Sigmoid(positive)) + Math.Log(Sigmoid(-n1)) + Math.Log(Sigmoid(-n2)));

        Notes.Shows(Topic, "0.21", positive, 1e-12);
        Notes.Shows(Topic, "0.5523", Sigmoid(positive), 5e-5);
        Notes.Shows(Topic, "0.5474", Sigmoid(-n1), 5e-5);
        Notes.Shows(Topic, "0.4626", Sigmoid(-n2), 5e-5);
        Notes.Shows(Topic, "1.967", loss);
    }

    [Fact]
    public void GradientWithRespectToCentre_MatchesTheNotes()
    {
        var gPositive = Sigmoid(Dot(Context, Centre)) - 1;
        var g1 = Sigmoid(Dot(Negative1, Centre));
        var g2 = Sigmoid(Dot(Negative2, Centre));
        var gradient = Enumerable.Range(0, 3).Select(i => (gPositive * Context[i]) + (g1 * Negative1[i]) + (g2 * Negative2[i])).ToArray();

        Notes.Shows(Topic, "-0.261", gradient[0]);
        Notes.Shows(Topic, "-0.169", gradient[1]);
        Notes.Shows(Topic, "-0.027", gradient[2]);
    }

    [Fact]
    public void NoiseDistribution_MatchesTheNotes()
    {
        double[] frequencies = [0.9, 0.09, 0.01];
        var powered = frequencies.Select(f => Math.Pow(f, 0.75)).ToArray();
        var noise = powered.Select(p => p / powered.Sum()).ToArray();

        Notes.Shows(Topic, "0.825", noise[0]);
        Notes.Shows(Topic, "0.147", noise[1]);
        Notes.Shows(Topic, "0.028", noise[2]);
    }

    [Fact]
    public void SubsamplingAndGloveWeights_MatchTheNotes()
    {
        const double threshold = 1e-5;
        static double GloveWeight(double x) => Math.Min(1, Math.Pow(x / 100, 0.75));

        Notes.Shows(Topic, "98.6", 100 * (1 - Math.Sqrt(threshold / 0.05)), 0.05);
        Notes.Shows(Topic, "90", 100 * (1 - Math.Sqrt(threshold / 0.001)), 1e-9);
        Notes.Shows(Topic, "0.178", GloveWeight(10));
        Assert.Equal(1.0, GloveWeight(100), 12);
        Notes.Shows(Topic, "3.6", 3e6 * 300 * 4 / 1e9, 1e-9);
    }
}
