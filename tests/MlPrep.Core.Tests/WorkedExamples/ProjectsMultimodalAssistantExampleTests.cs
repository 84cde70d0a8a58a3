namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.multimodal-assistant: a POPE-style hallucination check, visual tokens and projector size.</summary>
public sealed class ProjectsMultimodalAssistantExampleTests
{
    private const string Topic = "projects.multimodal-assistant";
    private const double Present = 100, Absent = 100, YesOnPresent = 95, YesOnAbsent = 40;

    [Fact]
    public void HallucinationMetrics_MatchTheTable()
    {
        var trueNegatives = Absent - YesOnAbsent;
        var precision = YesOnPresent / (YesOnPresent + YesOnAbsent);
        var recall = YesOnPresent / Present;

        Notes.Shows(Topic, "0.775", (YesOnPresent + trueNegatives) / (Present + Absent), 1e-12);
        Notes.Shows(Topic, "0.704", precision);
        Notes.Shows(Topic, "0.95", recall, 1e-12);
        Notes.Shows(Topic, "0.809", 2 * precision * recall / (precision + recall));
        Notes.Shows(Topic, "0.675", (YesOnPresent + YesOnAbsent) / (Present + Absent), 1e-12);
    }

    [Fact]
    public void TokensAndProjector_MatchTheNotes()
    {
        const int resolution = 336, patch = 14, clipDim = 1024, llmDim = 4096;
        var tokensPerImage = (resolution / patch) * (resolution / patch);
        var projector = (clipDim * llmDim) + llmDim + (llmDim * llmDim) + llmDim;

        Notes.Shows(Topic, "576", tokensPerImage, 0);
        Notes.Shows(Topic, "2,304", 4 * tokensPerImage, 0);
        Notes.Shows(Topic, "20,979,712", projector, 0);
        Notes.Shows(Topic, "0.3", 100.0 * projector / 7e9, 0.05);
    }
}
