namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.stay-calm: the latency reduction quoted in the STAR result.</summary>
public sealed class InterviewStayCalmExampleTests
{
    private const string Topic = "interview.stay-calm";
    private const double LatencyBeforeMs = 240;
    private const double LatencyAfterMs = 90;

    [Fact]
    public void StarResult_MatchesTheNotes()
    {
        Notes.Mention(Topic, "p95 fell from 240 ms to 90 ms");
        Notes.Shows(Topic, "62.5", 100 * (LatencyBeforeMs - LatencyAfterMs) / LatencyBeforeMs, 1e-9);
    }
}
