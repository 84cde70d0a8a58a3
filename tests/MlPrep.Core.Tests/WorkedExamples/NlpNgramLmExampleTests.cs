namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.ngram-lm: a bigram model on three sentences, scored with add-one smoothing and interpolation.</summary>
public sealed class NlpNgramLmExampleTests
{
    private const string Topic = "nlp.ngram-lm";
    private const double Lambda = 0.7;
    private static readonly string[][] Corpus =
    [
        ["<s>", "the", "cat", "sat", "</s>"],
        ["<s>", "the", "cat", "ran", "</s>"],
        ["<s>", "a", "dog", "sat", "</s>"],
    ];

    private static readonly string[] Test = ["<s>", "a", "cat", "sat", "</s>"];

    private static readonly string[] Predicted = [.. Corpus.SelectMany(s => s.Skip(1))];

    private static double Bigram(string previous, string word) =>
        Corpus.Sum(s => s.Zip(s.Skip(1)).Count(p => p.First == previous && p.Second == word));

    private static double Context(string previous) => Corpus.Sum(s => s.Take(s.Length - 1).Count(w => w == previous));

    private static double Unigram(string word) => Predicted.Count(w => w == word) / (double)Predicted.Length;

    private static int VocabularySize => Predicted.Distinct().Count();

    private static double AddOne(string previous, string word) => (Bigram(previous, word) + 1) / (Context(previous) + VocabularySize);

    private static double Interpolated(string previous, string word) =>
        (Lambda * Bigram(previous, word) / Context(previous)) + ((1 - Lambda) * Unigram(word));

    private static IEnumerable<(string Previous, string Word)> TestBigrams => Test.Zip(Test.Skip(1));

    [Fact]
    public void Counts_MatchTheNotes()
    {
        Assert.Equal(7, VocabularySize);
        Assert.Equal(12, Predicted.Length);
        Assert.Equal(0, Bigram("a", "cat"));
        Notes.Mention(Topic, "$V = 7$, with 12 predicted tokens");
    }

    [Fact]
    public void AddOneSmoothing_MatchesTheNotes()
    {
        var probability = TestBigrams.Aggregate(1.0, (p, b) => p * AddOne(b.Previous, b.Word));

        Notes.Shows(Topic, "0.2222", AddOne("cat", "sat"), 5e-5);
        Notes.Shows(Topic, "0.3333", AddOne("sat", "</s>"), 5e-5);
        Assert.Equal(1.0 / 540, probability, 12);
        Notes.Shows(Topic, "0.001852", probability, 5e-7);
        Notes.Shows(Topic, "4.82", Math.Pow(probability, -1.0 / 4), 5e-3);
        Assert.Equal(1.0 / 9, AddOne("cat", "the"), 12);
    }

    [Fact]
    public void Interpolation_MatchesTheNotes()
    {
        var probability = TestBigrams.Aggregate(1.0, (p, b) => p * Interpolated(b.Previous, b.Word));

        Notes.Shows(Topic, "0.2583", Interpolated("<s>", "a"), 5e-5);
        Notes.Shows(Topic, "0.05", Interpolated("a", "cat"), 1e-12);
        Notes.Shows(Topic, "0.775", Interpolated("sat", "</s>"), 1e-12);
        Notes.Shows(Topic, "0.004004", probability, 5e-7);
        Notes.Shows(Topic, "3.98", Math.Pow(probability, -1.0 / 4), 5e-3);
    }
}
