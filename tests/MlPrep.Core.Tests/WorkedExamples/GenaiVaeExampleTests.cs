namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.vae: the MNIST VAE's parameter count, the Gaussian KL, one reparameterised sample and the loss.</summary>
public sealed class GenaiVaeExampleTests
{
    private const string Topic = "genai.vae";
    private static readonly double[] Mu = [0.6, -0.8];
    private static readonly double[] Sigma = [0.5, 1.0];
    private static readonly double[] Epsilon = [1.0, -0.5];
    private static readonly double[] Pixels = [1, 0, 1, 1];
    private static readonly double[] Decoded = [0.9, 0.2, 0.7, 0.6];

    private static int Linear(int inputs, int outputs) => (inputs * outputs) + outputs;

    private static double[] KlPerDimension() =>
        [.. Mu.Zip(Sigma, (m, s) => 0.5 * ((m * m) + (s * s) - 1 - Math.Log(s * s)))];

    [Fact]
    public void ParameterCountAndCost_MatchTheNotes()
    {
        var total = Linear(784, 400) + (2 * Linear(400, 20)) + Linear(20, 400) + Linear(400, 784);
        const int multiplyAdds = (784 * 400) + (400 * 40) + (20 * 400) + (400 * 784);

        Notes.Shows(Topic, "652,824", total, 0);
        Notes.Shows(Topic, "651,200", multiplyAdds, 0);
        Notes.Mention(Topic, "$(B, 20)$ each");
    }

    [Fact]
    public void KlAndSample_MatchTheNotes()
    {
        var kl = KlPerDimension();
        var z = Mu.Zip(Sigma, (m, s) => (m, s)).Zip(Epsilon, (p, e) => p.m + (p.s * e)).ToArray();

        Notes.Shows(Topic, "0.498", kl[0]);
        Notes.Shows(Topic, "0.32", kl[1], 1e-12);
        Notes.Shows(Topic, "0.818", kl.Sum());
        Notes.Shows(Topic, "-1.386", Math.Log(Sigma[0] * Sigma[0]));
        Notes.Shows(Topic, "1.1", z[0], 1e-12);
        Notes.Shows(Topic, "-1.3", z[1], 1e-12);
    }

    [Fact]
    public void ReconstructionAndElbo_MatchTheNotes()
    {
        var bce = Pixels.Zip(Decoded, (x, p) => -((x * Math.Log(p)) + ((1 - x) * Math.Log(1 - p)))).Sum();
        var kl = KlPerDimension().Sum();

        Notes.Shows(Topic, "1.196", bce);
        Notes.Shows(Topic, "2.014", bce + kl);
        Notes.Shows(Topic, "-2.014", -(bce + kl));
        Notes.Shows(Topic, "4.469", bce + (4 * kl));
    }
}
