namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.text-generation: ROUGE-1, ROUGE-2 and ROUGE-L on one paraphrase, KV-cache sizes, and an Elo win probability.</summary>
public sealed class GenaiTextGenerationExampleTests
{
    private const string Topic = "genai.text-generation";
    private static readonly string[] Reference = "police arrested two men after the robbery".Split(' ');
    private static readonly string[] Candidate = "two men were arrested after a robbery".Split(' ');

    private static int ClippedOverlap(IEnumerable<string> reference, IEnumerable<string> candidate)
    {
        var counts = candidate.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        return reference.GroupBy(t => t).Sum(g => Math.Min(g.Count(), counts.GetValueOrDefault(g.Key)));
    }

    private static string[] Bigrams(string[] tokens) => [.. tokens.Zip(tokens.Skip(1), (a, b) => a + " " + b)];

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
    public void RougeScores_MatchTheTable()
    {
        var unigrams = ClippedOverlap(Reference, Candidate);
        var bigrams = ClippedOverlap(Bigrams(Reference), Bigrams(Candidate));
        var lcs = Lcs(Reference, Candidate);

        Assert.Equal(5, unigrams);
        Notes.Shows(Topic, "0.714", unigrams / (double)Reference.Length);
        Assert.Equal(1, bigrams);
        Notes.Shows(Topic, "0.167", bigrams / (double)(Reference.Length - 1));
        Assert.Equal(4, lcs);
        Notes.Shows(Topic, "0.571", lcs / (double)Reference.Length);
    }

    [Fact]
    public void KvCache_MatchesTheNotes()
    {
        static double BytesPerToken(int layers, int kvHeads, int headSize, int bytes) => 2.0 * layers * kvHeads * headSize * bytes;
        var mha = BytesPerToken(32, 32, 128, 2);
        var gqa = BytesPerToken(32, 8, 128, 2);

        Assert.Equal(524_288, mha);
        Notes.Mention(Topic, "524{,}288");
        Notes.Shows(Topic, "0.5", mha / (1 << 20), 1e-12);
        Notes.Shows(Topic, "2", mha * 4096 / (1 << 30), 1e-12);
        Notes.Mention(Topic, "holds 2 GiB");
        Notes.Shows(Topic, "128", gqa / 1024, 1e-12);
        Notes.Mention(Topic, "128 KiB per token and 0.5 GiB per sequence");
    }

    [Fact]
    public void EloWinProbability_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.640", 1 / (1 + Math.Pow(10, -100.0 / 400)));
    }
}
