namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.lstm-gru-text: one scalar LSTM step and the sizes of a BiLSTM sentiment classifier.</summary>
public sealed class NlpLstmGruTextExampleTests
{
    private const string Topic = "nlp.lstm-gru-text";
    private const int Input = 300;
    private const int Hidden = 256;

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    // PyTorch keeps two bias vectors per gate block.
    private static int Parameters(int gateBlocks, int input, int hidden) => gateBlocks * ((hidden * (input + hidden)) + (2 * hidden));

    [Fact]
    public void ScalarLstmStep_MatchesTheNotes()
    {
        var forget = Sigmoid(2.0);
        var input = Sigmoid(0.0);
        var candidate = Math.Tanh(1.0);
        var output = Sigmoid(0.5);
        var cell = (forget * 0.5) + (input * candidate);

        Notes.Shows(Topic, "0.8808", forget, 5e-5);
        Notes.Shows(Topic, "0.7616", candidate, 5e-5);
        Notes.Shows(Topic, "0.6225", output, 5e-5);
        Notes.Shows(Topic, "0.8212", cell, 5e-5);
        Notes.Shows(Topic, "0.6757", Math.Tanh(cell), 5e-5);
        Notes.Shows(Topic, "0.4206", output * Math.Tanh(cell), 5e-5);
        Notes.Shows(Topic, "0.08", Math.Pow(forget, 20), 5e-3);
    }

    [Fact]
    public void BiLstmClassifierSizes_MatchTheNotes()
    {
        var lstm = Parameters(4, Input, Hidden);
        var gru = Parameters(3, Input, Hidden);

        Assert.Equal(571_392, lstm);
        Notes.Mention(Topic, "$2 \\cdot 571{,}392 = 1{,}142{,}784$");
        Assert.Equal(857_088, 2 * gru);
        Notes.Mention(Topic, "$2 \\cdot 428{,}544 = 857{,}088$");
        Assert.Equal(788_480, Parameters(4, 2 * Hidden, Hidden));
        Notes.Mention(Topic, "788{,}480");
        Assert.Equal(6_000_000, 20_000 * Input);
        Notes.Shows(Topic, "1,026", (2 * Hidden * 2) + 2, 0);
    }

    [Fact]
    public void ComputeAndShapes_MatchTheNotes()
    {
        Assert.Equal(1_138_688, 8 * Hidden * (Input + Hidden));
        Notes.Mention(Topic, "1{,}138{,}688");
        Notes.Mention(Topic, "output $(64, 80, 512)$");
    }
}
