namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.latent-variables: a two-component mixture's posterior, an ELBO gap and probabilistic PCA's size.</summary>
public sealed class GenaiLatentVariablesExampleTests
{
    private const string Topic = "genai.latent-variables";
    private const double X = 1;
    private static readonly double[] Priors = [0.3, 0.7];
    private static readonly double[] Means = [0, 4];
    private static readonly double[] Guess = [0.5, 0.5];

    private static double Normal(double x, double mean) => Math.Exp(-(x - mean) * (x - mean) / 2) / Math.Sqrt(2 * Math.PI);

    private static double[] Joint() => [.. Priors.Zip(Means, (p, m) => p * Normal(X, m))];

    [Fact]
    public void MixturePosterior_MatchesTheNotes()
    {
        var joint = Joint();
        var evidence = joint.Sum();

        Notes.Shows(Topic, "0.24197", Normal(X, 0), 5e-6);
        Notes.Shows(Topic, "0.07259", joint[0], 5e-6);
        Notes.Shows(Topic, "0.003102", joint[1], 5e-7);
        Notes.Shows(Topic, "0.07569", evidence, 5e-6);
        Notes.Shows(Topic, "-2.5811", Math.Log(evidence));
        Notes.Shows(Topic, "0.9590", joint[0] / evidence);
        Notes.Shows(Topic, "0.0410", joint[1] / evidence);
    }

    [Fact]
    public void ElboGap_IsTheKlToThePosterior()
    {
        var joint = Joint();
        var evidence = joint.Sum();
        var elbo = Guess.Zip(joint, (q, j) => q * Math.Log(j / q)).Sum();
        var kl = Guess.Zip(joint, (q, j) => q * Math.Log(q / (j / evidence))).Sum();

        Notes.Shows(Topic, "-3.5061", elbo);
        Notes.Shows(Topic, "0.9251", Math.Log(evidence) - elbo);
        Assert.Equal(kl, Math.Log(evidence) - elbo, 12);
    }

    [Fact]
    public void ParameterCounts_MatchTheNotes()
    {
        const int pixels = 784, latent = 16;

        Assert.Equal(308_504, pixels + pixels * (pixels + 1) / 2);
        Notes.Mention(Topic, "308{,}504");
        Assert.Equal(13_329, pixels * latent + pixels + 1);
        Notes.Mention(Topic, "13{,}329");
    }
}
