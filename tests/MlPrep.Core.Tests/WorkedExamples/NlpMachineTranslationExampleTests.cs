namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.machine-translation: sentence BLEU by hand, and the transformer-base parameter count.</summary>
public sealed class NlpMachineTranslationExampleTests
{
    private const string Topic = "nlp.machine-translation";
    private static readonly string[] Reference = ["the", "cat", "sat", "on", "a", "mat"];

    private static List<string> NGrams(string[] words, int n) =>
        [.. Enumerable.Range(0, words.Length - n + 1).Select(i => string.Join(' ', words.Skip(i).Take(n)))];

    /// <summary>Clipped matches and candidate n-gram count for order n.</summary>
    private static (int Matches, int Total) Precision(string[] candidate, string[] reference, int n)
    {
        var referenceCounts = NGrams(reference, n).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var matches = NGrams(candidate, n).GroupBy(g => g).Sum(g => Math.Min(g.Count(), referenceCounts.GetValueOrDefault(g.Key)));
        return (matches, NGrams(candidate, n).Count);
    }

    private static double Bleu(string[] candidate, string[] reference)
    {
        var precisions = Enumerable.Range(1, 4).Select(n => Precision(candidate, reference, n)).ToArray();
        if (precisions.Any(p => p.Matches == 0))
        {
            return 0;
        }

        var logMean = precisions.Average(p => Math.Log(p.Matches / (double)p.Total));
        var brevity = candidate.Length > reference.Length ? 1 : Math.Exp(1 - (reference.Length / (double)candidate.Length));
        return brevity * Math.Exp(logMean);
    }

    [Fact]
    public void ClippedPrecisions_MatchTheNotes()
    {
        string[] candidate = ["the", "cat", "sat", "on", "the", "mat"];

        Assert.Equal((5, 6), Precision(candidate, Reference, 1));
        Assert.Equal((3, 5), Precision(candidate, Reference, 2));
        Assert.Equal((2, 4), Precision(candidate, Reference, 3));
        Assert.Equal((1, 3), Precision(candidate, Reference, 4));
        Notes.Mention(Topic, "5 (\"the\" clipped to 1)");
        Notes.Shows(Topic, "0.5373", Bleu(candidate, Reference), 5e-5);
        Notes.Shows(Topic, "0.537", Math.Pow(1.0 / 12, 0.25));
    }

    [Fact]
    public void BrevityPenaltyAndZeroFourGrams_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.607", Bleu(["the", "cat", "sat", "on"], Reference));
        Assert.Equal(0, Bleu(["the", "cat", "is", "on", "the", "mat"], ["the", "cat", "sat", "on", "the", "mat"]));
        Notes.Mention(Topic, "its unsmoothed sentence BLEU is 0");
    }

    [Fact]
    public void TransformerBaseParameters_MatchTheNotes()
    {
        const int d = 512, ff = 2048, vocabulary = 37_000, layers = 6;
        const int attention = 4 * ((d * d) + d);
        const int feedForward = (d * ff) + ff + (ff * d) + d;
        const int layerNorm = 2 * d;
        const int encoderLayer = attention + feedForward + (2 * layerNorm);
        const int decoderLayer = (2 * attention) + feedForward + (3 * layerNorm);
        const int total = (layers * (encoderLayer + decoderLayer)) + (vocabulary * d) + (2 * layerNorm);

        Assert.Equal(1_050_624, attention);
        Notes.Mention(Topic, "1{,}050{,}624");
        Assert.Equal(2_099_712, feedForward);
        Notes.Mention(Topic, "2{,}099{,}712");
        Notes.Shows(Topic, "3,152,384", encoderLayer, 0);
        Notes.Shows(Topic, "4,204,032", decoderLayer, 0);
        Notes.Shows(Topic, "63.1", total / 1e6, 0.05);
    }
}
