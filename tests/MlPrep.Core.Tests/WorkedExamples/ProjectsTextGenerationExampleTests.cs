namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.text-generation: loss, perplexity and bits from token probabilities, and model sizes.</summary>
public sealed class ProjectsTextGenerationExampleTests
{
    private const string Topic = "projects.text-generation";
    private static readonly double[] Probabilities = [0.5, 0.25, 0.1, 0.4];

    [Fact]
    public void LossAndPerplexity_MatchTheNotes()
    {
        var loss = -Probabilities.Average(Math.Log);

        Notes.Shows(Topic, "1.325", loss);
        Notes.Shows(Topic, "3.76", Math.Exp(loss), 5e-3);
        Notes.Shows(Topic, "1.91", loss / Math.Log(2), 5e-3);
        Notes.Shows(Topic, "4.17", Math.Log(65), 5e-3);
        Notes.Shows(Topic, "4.35", Math.Exp(1.47), 5e-3);
    }

    [Fact]
    public void Sizes_MatchTheNotes()
    {
        const double d = 384, layers = 6, vocabulary = 65, context = 256;

        Notes.Shows(Topic, "1,769,472", 12 * d * d, 0);
        Notes.Shows(Topic, "10,616,832", layers * 12 * d * d, 0);
        Notes.Shows(Topic, "24,960", vocabulary * d, 0);
        Notes.Shows(Topic, "98,304", context * d, 0);
        Notes.Shows(Topic, "1.98", 16 * 124e6 / 1e9, 5e-3);
    }
}
