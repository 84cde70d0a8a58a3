namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.neural-embeddings: one skip-gram negative-sampling step in two dimensions.</summary>
public sealed class NlpNeuralEmbeddingsExampleTests
{
    private const string Topic = "nlp.neural-embeddings";
    private const double LearningRate = 0.1;
    private static readonly double[] Centre = [0.4, 0.2];
    private static readonly double[] Context = [1.0, 0.5];
    private static readonly double[] Negative = [0.5, 1.0];

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    private static double Loss(double[] centre, double[] context, double[] negative) =>
        -Math.Log(Sigmoid(Dot(context, centre))) - Math.Log(Sigmoid(-Dot(negative, centre)));

    private static double[] Step(double[] vector, double[] gradient) => [.. vector.Zip(gradient, (v, g) => v - (LearningRate * g))];

    [Fact]
    public void LossAndCentreGradient_MatchTheNotes()
    {
        var positive = Sigmoid(Dot(Context, Centre));
        var negative = Sigmoid(Dot(Negative, Centre));
        double[] gradient = [.. Enumerable.Range(0, 2).Select(k => ((positive - 1) * Context[k]) + (negative * Negative[k]))];
        var updated = Step(Centre, gradient);

        Notes.Shows(Topic, "0.6225", positive, 5e-5);
        Notes.Shows(Topic, "0.4013", 1 - negative, 5e-5);
        Notes.Shows(Topic, "1.3871", Loss(Centre, Context, Negative), 5e-5);
        Notes.Shows(Topic, "-0.0782", gradient[0], 5e-5);
        Notes.Shows(Topic, "0.4099", gradient[1], 5e-5);
        Notes.Shows(Topic, "0.4078", updated[0], 5e-5);
        Notes.Shows(Topic, "0.1590", updated[1], 5e-5);
    }

    [Fact]
    public void SimultaneousUpdate_LowersTheLoss()
    {
        var positive = Sigmoid(Dot(Context, Centre));
        var negative = Sigmoid(Dot(Negative, Centre));
        double[] centreGradient = [.. Enumerable.Range(0, 2).Select(k => ((positive - 1) * Context[k]) + (negative * Negative[k]))];
        var centre = Step(Centre, centreGradient);
        var context = Step(Context, [.. Centre.Select(v => (positive - 1) * v)]);
        var noise = Step(Negative, [.. Centre.Select(v => negative * v)]);

        Notes.Shows(Topic, "1.3602", Loss(centre, context, noise), 5e-5);
    }

    [Fact]
    public void SizesAndCost_MatchTheNotes()
    {
        const int vocabulary = 100_000;
        const int dimension = 300;
        const int negatives = 5;

        Assert.Equal(60_000_000, 2 * vocabulary * dimension);
        Notes.Mention(Topic, "60,000,000 in all");
        Assert.Equal(1800, (negatives + 1) * dimension);
        Notes.Shows(Topic, "16,667", vocabulary * dimension / (double)((negatives + 1) * dimension), 0.5);
    }
}
