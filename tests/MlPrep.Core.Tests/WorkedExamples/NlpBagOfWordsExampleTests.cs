namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.bag-of-words: count vectors, cosine similarities, bigrams and sparse storage.</summary>
public sealed class NlpBagOfWordsExampleTests
{
    private const string Topic = "nlp.bag-of-words";
    private static readonly string[] Documents = ["the dog bit the man", "the man bit the dog", "the cat sat on the mat"];

    private static string[] Terms(string document, int maxN)
    {
        var words = document.Split(' ');
        return [.. Enumerable.Range(1, maxN).SelectMany(n => Enumerable.Range(0, words.Length - n + 1).Select(i => string.Join(' ', words[i..(i + n)])))];
    }

    private static double[][] Counts(int maxN, bool binary = false)
    {
        var vocabulary = Documents.SelectMany(d => Terms(d, maxN)).Distinct().Order(StringComparer.Ordinal).ToArray();
        return [.. Documents.Select(d =>
        {
            var terms = Terms(d, maxN);
            return vocabulary.Select(v => binary ? (terms.Contains(v) ? 1.0 : 0.0) : terms.Count(t => t == v)).ToArray();
        })];
    }

    private static double Cosine(double[] x, double[] y) =>
        x.Zip(y, (a, b) => a * b).Sum() / Math.Sqrt(x.Sum(a => a * a) * y.Sum(b => b * b));

    [Fact]
    public void UnigramCounts_MatchTheTable()
    {
        var x = Counts(1);

        Notes.Shows(Topic, "8", x[0].Length, 0);
        Assert.Equal([1, 0, 1, 1, 0, 0, 0, 2], x[0]);
        Assert.Equal([0, 1, 0, 0, 1, 1, 1, 2], x[2]);
        Notes.Shows(Topic, "13", x.Sum(row => row.Count(v => v != 0)), 0);
        Notes.Shows(Topic, "24", x.Length * x[0].Length, 0);
    }

    [Fact]
    public void Cosines_MatchTheNotes()
    {
        var counts = Counts(1);
        var binary = Counts(1, binary: true);

        Assert.Equal(1.0, Cosine(counts[0], counts[1]), 12);
        Notes.Shows(Topic, "0.535", Cosine(counts[0], counts[2]));
        Notes.Shows(Topic, "0.224", Cosine(binary[0], binary[2]));
    }

    [Fact]
    public void Bigrams_MatchTheNotes()
    {
        var x = Counts(2);

        Notes.Shows(Topic, "18", x[0].Length, 0);
        Notes.Shows(Topic, "0.909", Cosine(x[0], x[1]));
        Notes.Mention(Topic, "10/11");
    }

    [Fact]
    public void SparseStorage_MatchesTheNotes()
    {
        const double docs = 1e6, vocabulary = 1e5, perDocument = 200;

        Notes.Shows(Topic, "99.8", 100 * (1 - (perDocument / vocabulary)), 0.05);
        Notes.Shows(Topic, "800", docs * vocabulary * 8 / 1e9, 1e-6);
        Notes.Shows(Topic, "2.4", docs * perDocument * 12 / 1e9, 1e-6);
    }
}
