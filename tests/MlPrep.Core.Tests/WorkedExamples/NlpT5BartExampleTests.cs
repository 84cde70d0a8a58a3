namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.t5-bart: span-corruption lengths and T5-base and BART-large parameter counts.</summary>
public sealed class NlpT5BartExampleTests
{
    private const string Topic = "nlp.t5-bart";

    [Fact]
    public void SpanCorruptionLengths_MatchTheNotes()
    {
        const int length = 500;
        var corrupted = (int)(0.15 * length);
        var spans = corrupted / 3;

        Assert.Equal(75, corrupted);
        Assert.Equal(25, spans);
        Assert.Equal(450, length - corrupted + spans);
        Notes.Mention(Topic, "$500 - 75 + 25 = 450$");
        Assert.Equal(101, corrupted + spans + 1);
        Notes.Mention(Topic, "$75 + 25 + 1 = 101$");
        Assert.Equal(20, Math.Round(100.0 * 101 / length));
        Notes.Mention(Topic, "`<X> sat on <Y> purred <Z>`");
    }

    [Fact]
    public void T5BaseParameters_MatchTheNotes()
    {
        const long d = 768, dff = 3072, vocabulary = 32_128;
        var encoderLayer = 4 * d * d + 2 * d * dff + 2 * d;
        var decoderLayer = 8 * d * d + 2 * d * dff + 3 * d;
        var biasesAndNorms = 2 * 32 * 12 + 2 * d;

        Assert.Equal(7_079_424, encoderLayer);
        Notes.Mention(Topic, "7{,}079{,}424");
        Assert.Equal(9_439_488, decoderLayer);
        Notes.Mention(Topic, "9{,}439{,}488");
        Assert.Equal(24_674_304, vocabulary * d);
        Notes.Mention(Topic, "24{,}674{,}304");
        Notes.Shows(Topic, "2,304", biasesAndNorms, 0);
        Notes.Shows(Topic, "222,903,552", 12 * (encoderLayer + decoderLayer) + vocabulary * d + biasesAndNorms, 0);
    }

    [Fact]
    public void BartLargeParameters_MatchTheNotes()
    {
        const long d = 1024, dff = 4096, vocabulary = 50_265, positions = 1026;
        var attention = 4 * (d * d + d);
        var feedForward = 2 * d * dff + dff + d;
        var encoderLayer = attention + feedForward + 4 * d;
        var decoderLayer = 2 * attention + feedForward + 6 * d;
        var total = vocabulary * d + 2 * positions * d + 4 * d + 12 * (encoderLayer + decoderLayer);

        Assert.Equal(406_291_456, total);
        Notes.Mention(Topic, "about 406M");
    }
}
