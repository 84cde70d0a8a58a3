namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.encoder-decoder: greedy decoding against beam search on a two-step
/// tree, and the parameters and per-sentence cost of an LSTM sequence-to-sequence model.</summary>
public sealed class DlEncoderDecoderExampleTests
{
    private const string Topic = "dl.encoder-decoder";
    private static readonly Dictionary<string, double> First = new() { ["A"] = 0.6, ["B"] = 0.4 };
    private static readonly Dictionary<string, Dictionary<string, double>> Second = new()
    {
        ["A"] = new() { ["x"] = 0.3, ["y"] = 0.3, ["z"] = 0.4 },
        ["B"] = new() { ["x"] = 0.9, ["y"] = 0.05, ["z"] = 0.05 },
    };

    [Fact]
    public void GreedyAndBeamSearch_MatchTheNotes()
    {
        var greedyFirst = First.MaxBy(p => p.Value).Key;
        var greedySecond = Second[greedyFirst].MaxBy(p => p.Value);
        var greedy = First[greedyFirst] * greedySecond.Value;
        Assert.Equal("Az", greedyFirst + greedySecond.Key);
        Notes.Shows(Topic, "0.24", greedy, 1e-12);
        Notes.Shows(Topic, "-1.427", Math.Log(greedy));

        var beam = First.OrderByDescending(p => p.Value).Take(2)
            .SelectMany(p => Second[p.Key].Select(q => (Text: p.Key + q.Key, Probability: p.Value * q.Value)))
            .OrderByDescending(c => c.Probability)
            .Take(2)
            .ToList();
        Assert.Equal("Bx", beam[0].Text);
        Assert.Equal("Az", beam[1].Text);
        Notes.Shows(Topic, "0.36", beam[0].Probability, 1e-12);
        Notes.Shows(Topic, "-1.022", Math.Log(beam[0].Probability));
    }

    [Fact]
    public void Seq2SeqSizeAndCost_MatchTheNotes()
    {
        const long vocab = 10_000, embedding = 256, hidden = 512;
        const long embed = vocab * embedding;
        const long lstm = (4 * hidden * (embedding + hidden)) + (8 * hidden);
        const long projection = (hidden * vocab) + vocab;
        Notes.Shows(Topic, "2,560,000", embed, 0);
        Notes.Shows(Topic, "1,576,960", lstm, 0);
        Notes.Shows(Topic, "5,130,000", projection, 0);
        Notes.Shows(Topic, "13,403,920", (2 * embed) + (2 * lstm) + projection, 0);
        Notes.Shows(Topic, "39,321,600", 25 * 4 * hidden * (embedding + hidden), 0);
        Notes.Shows(Topic, "128,000,000", 25 * hidden * vocab, 0);
        Notes.Mention(Topic, "(32, 25, 20)");
    }
}
