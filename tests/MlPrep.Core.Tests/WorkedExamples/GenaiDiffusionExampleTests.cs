namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.diffusion: a two-step schedule, one training target and reverse step, the linear DDPM schedule and a residual block's size.</summary>
public sealed class GenaiDiffusionExampleTests
{
    private const string Topic = "genai.diffusion";
    private static readonly double[] Betas = [0.2, 0.2];

    private static double[] CumulativeAlphas(IEnumerable<double> betas)
    {
        var product = 1.0;
        return [.. betas.Select(b => product *= 1 - b)];
    }

    [Fact]
    public void TwoStepExample_MatchesTheNotes()
    {
        const double x0 = 1, noise = 0.5, predicted = 0.4;
        var alphaBar = CumulativeAlphas(Betas);
        var xt = (Math.Sqrt(alphaBar[1]) * x0) + (Math.Sqrt(1 - alphaBar[1]) * noise);
        var cleanEstimate = (xt - (Math.Sqrt(1 - alphaBar[1]) * predicted)) / Math.Sqrt(alphaBar[1]);
        var mean = (xt - (Betas[1] / Math.Sqrt(1 - alphaBar[1]) * predicted)) / Math.Sqrt(1 - Betas[1]);
        var posteriorVariance = (1 - alphaBar[0]) / (1 - alphaBar[1]) * Betas[1];

        Notes.Shows(Topic, "0.64", alphaBar[1], 1e-12);
        Notes.Shows(Topic, "1.1", xt, 1e-12);
        Notes.Shows(Topic, "0.01", (noise - predicted) * (noise - predicted), 1e-12);
        Notes.Shows(Topic, "1.075", cleanEstimate, 1e-12);
        Notes.Shows(Topic, "1.081", mean);
        Notes.Shows(Topic, "0.447", Math.Sqrt(Betas[1]));
        Notes.Shows(Topic, "0.333", Math.Sqrt(posteriorVariance));
    }

    [Fact]
    public void LinearSchedule_MatchesTheNotes()
    {
        const int steps = 1000;
        var betas = Enumerable.Range(0, steps).Select(i => 1e-4 + ((0.02 - 1e-4) * i / (steps - 1)));
        var alphaBar = CumulativeAlphas(betas);

        Notes.Shows(Topic, "4.04", alphaBar[steps - 1] * 1e5, 5e-3);
        Notes.Shows(Topic, "0.0064", Math.Sqrt(alphaBar[steps - 1]), 5e-5);
        Notes.Shows(Topic, "0.0786", alphaBar[499], 5e-5);
    }

    [Fact]
    public void ResidualBlock_MatchesTheNotes()
    {
        const int channels = 128, timeEmbedding = 512;
        const int conv = (channels * channels * 9) + channels;
        const int timeProjection = (timeEmbedding * channels) + channels;
        const int groupNorms = 2 * 2 * channels;

        Notes.Shows(Topic, "361,344", (2 * conv) + timeProjection + groupNorms, 0);
        Notes.Mention(Topic, "147{,}584");
        Notes.Shows(Topic, "65,664", timeProjection, 0);
    }
}
