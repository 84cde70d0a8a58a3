namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.rnn-sequences: a scalar RNN run by hand, and the sizes of a word-level RNN language model.</summary>
public sealed class NlpRnnSequencesExampleTests
{
    private const string Topic = "nlp.rnn-sequences";
    private const double InputWeight = 0.5;
    private const double RecurrentWeight = 0.8;
    private const int Batch = 32;
    private const int Steps = 35;
    private const int VocabularySize = 10_000;
    private const int EmbeddingSize = 256;
    private const int Hidden = 512;
    private static readonly double[] Inputs = [1, 1, -1];

    private static double[] States()
    {
        var states = new double[Inputs.Length];
        var h = 0.0;
        for (var t = 0; t < Inputs.Length; t++)
        {
            h = Math.Tanh((InputWeight * Inputs[t]) + (RecurrentWeight * h));
            states[t] = h;
        }

        return states;
    }

    [Fact]
    public void ScalarRnn_MatchesTheNotes()
    {
        var h = States();
        var gradient = RecurrentWeight * (1 - (h[2] * h[2])) * RecurrentWeight * (1 - (h[1] * h[1]));

        Notes.Shows(Topic, "0.4621", h[0], 5e-5);
        Notes.Shows(Topic, "0.8697", 0.5 + (RecurrentWeight * h[0]), 5e-5);
        Notes.Shows(Topic, "0.7012", h[1], 5e-5);
        Notes.Shows(Topic, "0.0609", h[2], 5e-5);
        Notes.Shows(Topic, "0.324", gradient);
    }

    [Fact]
    public void LanguageModelSizes_MatchTheNotes()
    {
        const int embedding = VocabularySize * EmbeddingSize;
        const int recurrence = (Hidden * (EmbeddingSize + Hidden)) + (2 * Hidden);
        const int output = (Hidden * VocabularySize) + VocabularySize;

        Assert.Equal(394_240, recurrence);
        Notes.Mention(Topic, "394{,}240");
        Assert.Equal(2_560_000, embedding);
        Assert.Equal(5_130_000, output);
        Notes.Shows(Topic, "8,084,240", embedding + recurrence + output, 0);
        Notes.Mention(Topic, "$(32, 35, 10000)$");
    }

    [Fact]
    public void ComputeCost_MatchesTheNotes()
    {
        const double recurrence = 2.0 * Hidden * (EmbeddingSize + Hidden);
        const double output = 2.0 * Hidden * VocabularySize;

        Assert.Equal(786_432, recurrence);
        Notes.Mention(Topic, "786{,}432");
        Assert.Equal(10_240_000, output);
        Notes.Mention(Topic, "10{,}240{,}000");
        Notes.Shows(Topic, "12.3", Batch * Steps * (recurrence + output) / 1e9, 0.05);
    }
}
