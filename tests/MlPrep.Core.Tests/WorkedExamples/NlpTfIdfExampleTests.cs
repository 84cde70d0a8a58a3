namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.tf-idf: scikit-learn's smoothed idf with L2 rows, and the textbook weights.</summary>
public sealed class NlpTfIdfExampleTests
{
    private const string Topic = "nlp.tf-idf";
    private static readonly string[][] Documents = [["the", "cat", "sat"], ["the", "cat", "ran"], ["the", "dog", "ran", "fast"]];
    private static readonly string[] Vocabulary = ["cat", "dog", "fast", "ran", "sat", "the"];

    private static int DocumentFrequency(string term) => Documents.Count(d => d.Contains(term));

    private static double SmoothIdf(string term) => Math.Log((1.0 + Documents.Length) / (1.0 + DocumentFrequency(term))) + 1;

    private static double TextbookIdf(string term) => Math.Log10((double)Documents.Length / DocumentFrequency(term));

    private static double[] Row(string[] document, Func<string, double> idf)
    {
        var raw = Vocabulary.Select(t => document.Count(w => w == t) * idf(t)).ToArray();
        var norm = Math.Sqrt(raw.Sum(v => v * v));
        return [.. raw.Select(v => v / norm)];
    }

    private static double Dot(double[] x, double[] y) => x.Zip(y, (a, b) => a * b).Sum();

    private static int Index(string term) => Array.IndexOf(Vocabulary, term);

    [Fact]
    public void Idf_MatchesTheTable()
    {
        Notes.Shows(Topic, "1.2877", SmoothIdf("cat"), 5e-5);
        Notes.Shows(Topic, "1.6931", SmoothIdf("sat"), 5e-5);
        Assert.Equal(1.0, SmoothIdf("the"), 12);
        Notes.Shows(Topic, "0.176", TextbookIdf("cat"));
        Notes.Shows(Topic, "0.477", TextbookIdf("sat"));
        Assert.Equal(0.0, TextbookIdf("the"), 12);
    }

    [Fact]
    public void ScikitLearnRows_MatchTheNotes()
    {
        var raw = new[] { 1, SmoothIdf("cat"), SmoothIdf("sat") };
        var d1 = Row(Documents[0], SmoothIdf);
        var d3 = Row(Documents[2], SmoothIdf);

        Notes.Shows(Topic, "2.3505", Math.Sqrt(raw.Sum(v => v * v)), 5e-5);
        Notes.Shows(Topic, "0.4254", d1[Index("the")], 5e-5);
        Notes.Shows(Topic, "0.5478", d1[Index("cat")], 5e-5);
        Notes.Shows(Topic, "0.7203", d1[Index("sat")], 5e-5);
        Notes.Shows(Topic, "0.3452", d3[Index("the")], 5e-5);
        Notes.Shows(Topic, "0.5845", d3[Index("dog")], 5e-5);
        Notes.Shows(Topic, "0.4445", d3[Index("ran")], 5e-5);
    }

    [Fact]
    public void Cosines_MatchTheNotes()
    {
        var rows = Documents.Select(d => Row(d, SmoothIdf)).ToArray();
        var textbook = Documents.Select(d => Row(d, TextbookIdf)).ToArray();

        Notes.Shows(Topic, "0.5443", Dot(rows[0], rows[1]), 5e-5);
        Notes.Shows(Topic, "0.4417", Dot(rows[1], rows[2]), 5e-5);
        Notes.Shows(Topic, "0.1469", Dot(rows[0], rows[2]), 5e-5);
        Notes.Shows(Topic, "0.2448", Dot(textbook[0], textbook[1]), 5e-5);
        Assert.Equal(0.0, Dot(textbook[0], textbook[2]), 12);
    }
}
