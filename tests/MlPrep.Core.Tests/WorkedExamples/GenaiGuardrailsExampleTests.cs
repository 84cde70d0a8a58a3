namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.guardrails: moderation thresholds on 10,000 messages, attack success rate and layered filters.</summary>
public sealed class GenaiGuardrailsExampleTests
{
    private const string Topic = "genai.guardrails";
    private const double Harmful = 200, Benign = 9800;

    [Theory]
    [InlineData(250, 180, "0.72", "0.90", "0.714")]
    [InlineData(150, 140, "0.933", "0.70", "0.102")]
    public void ThresholdRows_MatchTheTable(double flagged, double caught, string precision, string recall, string falsePositivePercent)
    {
        Notes.Shows(Topic, precision, caught / flagged);
        Notes.Shows(Topic, recall, caught / Harmful, 1e-12);
        Notes.Shows(Topic, falsePositivePercent, 100 * (flagged - caught) / Benign);
    }

    [Fact]
    public void AttackSuccessAndLayering_MatchTheNotes()
    {
        Notes.Shows(Topic, "11.5", 100 * 23.0 / 200, 1e-12);
        Notes.Shows(Topic, "0.06", 0.2 * 0.3, 1e-12);
        Notes.Mention(Topic, "so 6% slip through both");
    }
}
