namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.gan: the MLP GAN's parameter counts, the two generator losses and the optimal discriminator.</summary>
public sealed class GenaiGanExampleTests
{
    private const string Topic = "genai.gan";
    private static readonly double[] DataDistribution = [0.5, 0.5, 0];
    private static readonly double[] GeneratorDistribution = [0.25, 0.25, 0.5];

    private static int Linear(int inputs, int outputs) => (inputs * outputs) + outputs;

    private static double Kl(double[] p, double[] q) => p.Zip(q, (a, b) => a > 0 ? a * Math.Log(a / b) : 0).Sum();

    [Fact]
    public void ParameterCounts_MatchTheNotes()
    {
        Notes.Shows(Topic, "25,856", Linear(100, 256), 0);
        Notes.Shows(Topic, "201,488", Linear(256, 784), 0);
        Notes.Shows(Topic, "200,960", Linear(784, 256), 0);
        Notes.Shows(Topic, "227,344", Linear(100, 256) + Linear(256, 784), 0);
        Notes.Shows(Topic, "201,217", Linear(784, 256) + Linear(256, 1), 0);
    }

    [Fact]
    public void Losses_MatchTheNotes()
    {
        const double real = 0.8, fake = 0.3, confident = 0.01;

        Notes.Shows(Topic, "0.580", -Math.Log(real) - Math.Log(1 - fake));
        Notes.Shows(Topic, "-0.357", Math.Log(1 - fake));
        Notes.Shows(Topic, "1.204", -Math.Log(fake));
        Notes.Shows(Topic, "0.99", 1 - confident, 1e-12);
    }

    [Fact]
    public void OptimalDiscriminator_MatchesTheNotes()
    {
        var optimal = DataDistribution.Zip(GeneratorDistribution, (p, q) => p / (p + q)).ToArray();
        var mixture = DataDistribution.Zip(GeneratorDistribution, (p, q) => (p + q) / 2).ToArray();
        var jsd = (0.5 * Kl(DataDistribution, mixture)) + (0.5 * Kl(GeneratorDistribution, mixture));
        var value = DataDistribution.Zip(optimal, (p, d) => p > 0 ? p * Math.Log(d) : 0).Sum()
            + GeneratorDistribution.Zip(optimal, (q, d) => q > 0 ? q * Math.Log(1 - d) : 0).Sum();

        Notes.Shows(Topic, "0.667", optimal[0]);
        Notes.Shows(Topic, "0.216", jsd);
        Notes.Shows(Topic, "-1.386", -Math.Log(4));
        Notes.Shows(Topic, "-0.955", value);
        Assert.Equal(-Math.Log(4) + (2 * jsd), value, 12);
    }
}
