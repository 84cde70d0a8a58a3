namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.chatbot: turn rate, tokens and cost per conversation, concurrency and KV-cache memory.</summary>
public sealed class SysdesignChatbotExampleTests
{
    private const string Topic = "sysdesign.chatbot";
    private const int Turns = 6;

    [Fact]
    public void TokensAndCostPerConversation_MatchTheNotes()
    {
        var input = Enumerable.Range(1, Turns).Sum(t => 2500 + (200 * (t - 1)));
        var output = 150 * Turns;
        var cost = (input / 1e6 * 1) + (output / 1e6 * 4);

        Notes.Shows(Topic, "18,000", input, 0);
        Notes.Shows(Topic, "900", output, 0);
        Notes.Shows(Topic, "0.0216", cost, 1e-12);
        Notes.Shows(Topic, "43,200", cost * 2e6, 1e-6);
    }

    [Fact]
    public void TurnRateConcurrencyAndKvCache_MatchTheNotes()
    {
        var turnsPerSecond = 2e6 * Turns / 86_400;
        var peak = Math.Round(3 * turnsPerSecond);
        var concurrent = peak * 5;
        var kvBytesPerToken = 2.0 * 32 * 8 * 128 * 2;
        var perConversationGiB = kvBytesPerToken * 4096 / (1L << 30);

        Notes.Shows(Topic, "139", turnsPerSecond, 0.5);
        Notes.Shows(Topic, "417", peak, 0);
        Notes.Shows(Topic, "2,085", concurrent, 0);
        Notes.Shows(Topic, "128", kvBytesPerToken / 1024, 0);
        Notes.Shows(Topic, "512", perConversationGiB * 1024, 0);
        Notes.Shows(Topic, "1,043", concurrent * perConversationGiB, 0.5);
        Notes.Shows(Topic, "27", Math.Ceiling(concurrent * perConversationGiB / 40), 0);
    }
}
