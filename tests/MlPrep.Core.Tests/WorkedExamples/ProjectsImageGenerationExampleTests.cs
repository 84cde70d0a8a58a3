namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.image-generation: the sampling budget for FID with DDPM and DDIM, with and without guidance.</summary>
public sealed class ProjectsImageGenerationExampleTests
{
    private const string Topic = "projects.image-generation";
    private const int Samples = 10000, Batch = 500;
    private const double SecondsPerCall = 0.05;

    private static int Calls(int steps) => Samples / Batch * steps;

    [Fact]
    public void SamplingBudget_MatchesTheTable()
    {
        Notes.Shows(Topic, "20,000", Calls(1000), 0);
        Notes.Shows(Topic, "1,000", Calls(50), 0);
        Notes.Shows(Topic, "16.7", Calls(1000) * SecondsPerCall / 60, 0.05);
        Notes.Shows(Topic, "50", Calls(50) * SecondsPerCall, 1e-9);
        Notes.Shows(Topic, "2,000", 2 * Calls(1000) * SecondsPerCall, 1e-9);
        Notes.Shows(Topic, "100", 2 * Calls(50) * SecondsPerCall, 1e-9);
    }

    [Fact]
    public void GuidanceSweep_MatchesTheNotes()
    {
        const int scales = 5;
        var ddpmHours = scales * 2 * Calls(1000) * SecondsPerCall / 3600;
        var ddimMinutes = scales * 2 * Calls(50) * SecondsPerCall / 60;

        Assert.InRange(ddpmHours, 2.5, 3);
        Notes.Mention(Topic, "would take almost 3 hours");
        Assert.InRange(ddimMinutes, 8, 10);
        Notes.Mention(Topic, "with DDIM under 10 minutes");
    }
}
