namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.translation: per-message latency, request and token rates and the GPU count.</summary>
public sealed class SysdesignTranslationExampleTests
{
    private const string Topic = "sysdesign.translation";
    private const double MessagesPerDay = 200e6;
    private const double TokensPerMessage = 20;

    [Fact]
    public void Latency_MatchesTheNotes()
    {
        const double millisecondsPerStep = 8, encoder = 20, network = 20;
        var decoding = TokensPerMessage * millisecondsPerStep;

        Notes.Shows(Topic, "160", decoding, 0);
        Notes.Shows(Topic, "200", decoding + encoder + network, 0);
        Notes.Mention(Topic, "network 20 ms = 200 ms");
    }

    [Fact]
    public void RatesAndGpus_MatchTheNotes()
    {
        var requests = MessagesPerDay / 86_400;
        var tokens = MessagesPerDay * TokensPerMessage / 86_400;
        var peakTokens = 3 * tokens;

        Notes.Shows(Topic, "2,315", requests, 0.5);
        Notes.Shows(Topic, "6,944", 3 * requests, 0.5);
        Notes.Shows(Topic, "46,296", tokens, 0.5);
        Notes.Shows(Topic, "138,889", peakTokens, 0.5);
        Notes.Shows(Topic, "6.9", peakTokens / 20_000, 0.05);
        Notes.Shows(Topic, "7", Math.Ceiling(peakTokens / 20_000), 0);
        Notes.Shows(Topic, "5", Math.Ceiling(0.7 * peakTokens / 20_000), 0);
        Notes.Mention(Topic, "cuts that to about 5");
    }
}
