namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.evaluation: Inception Score, FID for diagonal Gaussians, BLEU-2 and ROUGE.</summary>
public sealed class GenaiEvaluationExampleTests
{
    private const string Topic = "genai.evaluation";
    private static readonly double[][] ClassProbabilities = [[0.9, 0.1], [0.1, 0.9]];
    private static readonly double[] RealMean = [0, 0];
    private static readonly double[] GeneratedMean = [1, 0];
    private static readonly double[] RealVariances = [1, 4];
    private static readonly double[] GeneratedVariances = [4, 1];
    private static readonly string[] Reference = ["the", "cat", "sat", "on", "the", "mat"];
    private static readonly string[] Candidate = ["the", "cat", "on", "the", "mat"];

    private static Dictionary<string, int> NGrams(string[] tokens, int n) =>
        Enumerable.Range(0, tokens.Length - n + 1)
            .Select(i => string.Join(' ', tokens.Skip(i).Take(n)))
            .GroupBy(g => g)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Matches counted with clipping: each n-gram counts at most as often as it occurs in the other text.</summary>
    private static int Overlap(Dictionary<string, int> counted, Dictionary<string, int> other) =>
        counted.Sum(kv => Math.Min(kv.Value, other.GetValueOrDefault(kv.Key)));

    private static int LongestCommonSubsequence(string[] a, string[] b)
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
    public void InceptionScore_MatchesTheNotes()
    {
        double[] marginal = [.. Enumerable.Range(0, 2).Select(k => ClassProbabilities.Average(p => p[k]))];
        var kls = ClassProbabilities.Select(p => p.Zip(marginal, (a, b) => a * Math.Log(a / b)).Sum()).ToArray();

        Notes.Shows(Topic, "0.3681", kls[0]);
        Notes.Shows(Topic, "1.445", Math.Exp(kls.Average()));
    }

    [Fact]
    public void FidForDiagonalGaussians_MatchesTheNotes()
    {
        var meanTerm = RealMean.Zip(GeneratedMean, (a, b) => (a - b) * (a - b)).Sum();
        var traceTerm = RealVariances.Zip(GeneratedVariances, (a, b) => a + b - 2 * Math.Sqrt(a * b)).Sum();

        Assert.Equal(1, meanTerm, 12);
        Assert.Equal(2, traceTerm, 12);
        Notes.Shows(Topic, "3.0", meanTerm + traceTerm, 1e-12);
    }

    [Fact]
    public void BleuAndRouge_MatchTheNotes()
    {
        var unigramPrecision = (double)Overlap(NGrams(Candidate, 1), NGrams(Reference, 1)) / Candidate.Length;
        var bigramPrecision = (double)Overlap(NGrams(Candidate, 2), NGrams(Reference, 2)) / (Candidate.Length - 1);
        var brevity = Math.Min(1, Math.Exp(1 - (double)Reference.Length / Candidate.Length));

        Assert.Equal(1, unigramPrecision, 12);
        Assert.Equal(0.75, bigramPrecision, 12);
        Notes.Shows(Topic, "0.8187", brevity);
        Notes.Shows(Topic, "0.7090", brevity * Math.Sqrt(unigramPrecision * bigramPrecision));

        var rouge1 = (double)Overlap(NGrams(Reference, 1), NGrams(Candidate, 1)) / Reference.Length;
        var rouge2 = (double)Overlap(NGrams(Reference, 2), NGrams(Candidate, 2)) / (Reference.Length - 1);
        Notes.Shows(Topic, "0.833", rouge1);
        Notes.Shows(Topic, "0.6", rouge2, 1e-12);

        var lcs = LongestCommonSubsequence(Reference, Candidate);
        Assert.Equal(5, lcs);
        var recall = (double)lcs / Reference.Length;
        var precision = (double)lcs / Candidate.Length;
        Notes.Shows(Topic, "0.909", 2 * precision * recall / (precision + recall));
    }
}
