namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.cheat-sheet: the parameter count of a small LSTM text
/// classifier, and the size and forward cost of one transformer encoder layer in its place.</summary>
public sealed class InterviewCheatSheetExampleTests
{
    private const string Topic = "interview.cheat-sheet";
    private const long Vocabulary = 10_000;
    private const long Width = 128;
    private const long Classes = 5;
    private const long Tokens = 50;

    private static long LstmParameters(long input, long hidden) => (4 * hidden * (input + hidden)) + (8 * hidden);

    [Fact]
    public void ClassifierParameters_MatchTheNotes()
    {
        var embedding = Vocabulary * Width;
        var lstm = LstmParameters(Width, Width);
        var linear = (Width * Classes) + Classes;
        var total = embedding + lstm + linear;

        Notes.Shows(Topic, "1,280,000", embedding, 0);
        Notes.Shows(Topic, "131,072", 4 * Width * (Width + Width), 0);
        Notes.Shows(Topic, "132,096", lstm, 0);
        Notes.Shows(Topic, "645", linear, 0);
        Notes.Shows(Topic, "1,412,741", total, 0);
        Notes.Shows(Topic, "90.6", 100.0 * embedding / total, 0.05);
    }

    [Fact]
    public void TransformerLayer_MatchesTheNotes()
    {
        var parameters = (12 * Width * Width) + (13 * Width);
        var dense = 24 * Tokens * Width * Width;
        var attention = 4 * Tokens * Tokens * Width;

        Notes.Shows(Topic, "198,272", parameters, 0);
        Notes.Shows(Topic, "19,660,800", dense, 0);
        Notes.Mention(Topic, "= 1,280,000 in attention");
        Assert.Equal(1_280_000, attention);
        Notes.Shows(Topic, "20.9", (dense + attention) / 1e6, 0.05);
        Notes.Shows(Topic, "768", 6 * Width, 0);
    }

    [Fact]
    public void RecurrentRatio_HoldsInBothConventions()
    {
        long x = 100, h = 128;
        var rnnTorch = (h * x) + (h * h) + (2 * h);
        var rnnOneBias = (h * x) + (h * h) + h;
        var gruTorch = (3 * h * (h + x)) + (6 * h);
        var gruOneBias = 3 * ((h * (h + x)) + h);
        var lstmOneBias = 4 * ((h * (h + x)) + h);

        Assert.Equal(3 * rnnTorch, gruTorch);
        Assert.Equal(4 * rnnTorch, LstmParameters(x, h));
        Assert.Equal(3 * rnnOneBias, gruOneBias);
        Assert.Equal(4 * rnnOneBias, lstmOneBias);
    }
}
