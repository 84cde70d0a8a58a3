namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.chatbots: slot versus joint goal accuracy, KV-cache size, and the cost of re-sending history.</summary>
public sealed class NlpChatbotsExampleTests
{
    private const string Topic = "nlp.chatbots";

    // Per turn, whether each of the three slots (area, price, food) is right; the food error persists from turn 2.
    private static readonly bool[][] SlotCorrect =
    [
        [true, true, true],
        [true, true, false],
        [true, true, false],
        [true, true, false],
    ];

    private static long KvBytesPerToken(int layers, int kvHeads, int headDim, int bytes) => 2L * layers * kvHeads * headDim * bytes;

    [Fact]
    public void StateTrackingAccuracies_MatchTheNotes()
    {
        var slots = SlotCorrect.SelectMany(t => t).ToArray();

        Notes.Shows(Topic, "0.75", slots.Count(s => s) / (double)slots.Length, 1e-12);
        Notes.Shows(Topic, "0.25", SlotCorrect.Count(t => t.All(s => s)) / (double)SlotCorrect.Length, 1e-12);
        Notes.Mention(Topic, "9 of 12 slot values are right");
    }

    [Fact]
    public void KvCache_MatchesTheNotes()
    {
        var perToken = KvBytesPerToken(32, 8, 128, 2);

        Assert.Equal(131_072, perToken);
        Notes.Mention(Topic, "131{,}072");
        Notes.Shows(Topic, "128", perToken / 1024.0, 0);
        Notes.Mention(Topic, "an 8,192-token conversation: 1 GiB");
        Assert.Equal(1L << 30, perToken * 8192);
        Notes.Shows(Topic, "512", KvBytesPerToken(32, 32, 128, 2) / 1024.0, 0);
        Assert.Equal(4L << 30, KvBytesPerToken(32, 32, 128, 2) * 8192);
    }

    [Fact]
    public void ResentHistory_MatchesTheNotes()
    {
        var total = Enumerable.Range(1, 10).Sum(turn => 300 * turn);

        Assert.Equal(16_500, total);
        Notes.Mention(Topic, "16{,}500");
        Notes.Mention(Topic, "3,000 new tokens");
    }
}
