namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.metrics: BLEU, ROUGE, METEOR, chrF, BERTScore and perplexity on small inputs.</summary>
public sealed class NlpMetricsExampleTests
{
    private const string Topic = "nlp.metrics";
    private static readonly string[] Reference = "the cat sat on the red mat".Split(' ');
    private static readonly string[] Candidate = "the cat sat on the mat".Split(' ');
    private static readonly string[] Scrambled = "on the mat the cat sat".Split(' ');

    private static Dictionary<string, int> NGrams(string[] tokens, int n) =>
        Enumerable.Range(0, Math.Max(0, tokens.Length - n + 1))
            .Select(i => string.Join(' ', tokens[i..(i + n)]))
            .GroupBy(g => g)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Candidate n-grams credited at most as often as they occur in the reference.</summary>
    private static int ClippedMatches(string[] candidate, string[] reference, int n)
    {
        var referenceCounts = NGrams(reference, n);
        return NGrams(candidate, n).Sum(kv => Math.Min(kv.Value, referenceCounts.GetValueOrDefault(kv.Key)));
    }

    private static int NGramTotal(string[] tokens, int n) => Math.Max(0, tokens.Length - n + 1);

    private static double F1(double p, double r) => 2 * p * r / (p + r);

    private static int Lcs(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }

    [Fact]
    public void Bleu_MatchesTheTable()
    {
        var precisions = Enumerable.Range(1, 4).Select(n => (double)ClippedMatches(Candidate, Reference, n) / NGramTotal(Candidate, n)).ToArray();
        var geometricMean = Math.Exp(precisions.Average(Math.Log));
        var brevity = Math.Exp(1 - ((double)Reference.Length / Candidate.Length));

        Assert.Equal([1, 0.8, 0.75, 2.0 / 3], precisions);
        Notes.Shows(Topic, "0.795", geometricMean);
        Notes.Shows(Topic, "0.846", brevity);
        Notes.Shows(Topic, "0.673", geometricMean * brevity);
    }

    [Fact]
    public void Rouge_MatchesTheTable()
    {
        var r1 = ClippedMatches(Candidate, Reference, 1);
        var r2 = ClippedMatches(Candidate, Reference, 2);

        Notes.Shows(Topic, "0.923", F1((double)r1 / Candidate.Length, (double)r1 / Reference.Length));
        Notes.Shows(Topic, "0.727", F1((double)r2 / NGramTotal(Candidate, 2), (double)r2 / NGramTotal(Reference, 2)));
    }

    [Fact]
    public void Reordering_KeepsRouge1AndLowersRougeL()
    {
        var r1 = ClippedMatches(Scrambled, Reference, 1);
        var lcs = Lcs(Scrambled, Reference);

        Assert.Equal(0.923, F1((double)r1 / Scrambled.Length, (double)r1 / Reference.Length), 3);
        Assert.Equal(3, lcs);
        Notes.Shows(Topic, "0.462", F1((double)lcs / Scrambled.Length, (double)lcs / Reference.Length));
        Assert.Equal(0, ClippedMatches(Scrambled, Reference, 4));
        Assert.Equal(2, ClippedMatches("the the the the".Split(' '), Reference, 1));
        Notes.Mention(Topic, "unigram precision 2/4, not 4/4");
    }

    [Fact]
    public void Meteor_MatchesTheTable()
    {
        const double matches = 6, chunks = 2;
        var p = matches / Candidate.Length;
        var r = matches / Reference.Length;
        var fMean = 10 * p * r / (r + (9 * p));
        var penalty = 0.5 * Math.Pow(chunks / matches, 3);

        Notes.Shows(Topic, "0.8696", fMean, 5e-5);
        Notes.Shows(Topic, "0.0185", penalty, 5e-5);
        Notes.Shows(Topic, "0.8535", fMean * (1 - penalty), 5e-5);
    }

    [Fact]
    public void ChrF_MatchesTheNotes()
    {
        static string[] Chars(string word) => [.. word.Select(c => c.ToString())];
        var orders = Enumerable.Range(1, 3).ToArray();
        var matches = orders.Select(n => (double)ClippedMatches(Chars("cat"), Chars("cats"), n)).ToArray();
        var p = orders.Select(n => matches[n - 1] / NGramTotal(Chars("cat"), n)).Average();
        var r = orders.Select(n => matches[n - 1] / NGramTotal(Chars("cats"), n)).Average();

        Assert.Equal(1.0, p, 12);
        Notes.Shows(Topic, "0.639", r);
        Notes.Shows(Topic, "0.689", 5 * p * r / ((4 * p) + r));
    }

    [Fact]
    public void BertScore_MatchesTheNotes()
    {
        double[][] cosines = [[0.15, 0.85, 0.20], [0.10, 0.25, 0.95]];
        var precision = cosines.Average(row => row.Max());
        var recall = Enumerable.Range(0, 3).Average(j => cosines.Max(row => row[j]));

        Notes.Shows(Topic, "0.90", precision, 1e-9);
        Notes.Shows(Topic, "0.65", recall, 1e-9);
        Notes.Shows(Topic, "0.755", F1(precision, recall));
    }

    [Fact]
    public void Perplexity_MatchesTheNotes()
    {
        double[] probabilities = [0.25, 0.5, 0.125, 0.25];
        var nll = -probabilities.Average(Math.Log);

        Notes.Shows(Topic, "1.386", nll);
        Assert.Equal(2.0, nll / Math.Log(2), 12);
        Notes.Shows(Topic, "4", Math.Exp(nll), 1e-9);
        Notes.Mention(Topic, "so perplexity 4");
    }
}
