namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.summarization: ROUGE-1, ROUGE-2 and ROUGE-L for a faithful and a scrambled candidate.</summary>
public sealed class NlpSummarizationExampleTests
{
    private const string Topic = "nlp.summarization";
    private static readonly string[] Reference = "the council approved the new budget on monday".Split(' ');
    private static readonly string[] Faithful = "the council approved the budget".Split(' ');
    private static readonly string[] Scrambled = "on monday the budget approved the council".Split(' ');

    private static List<string> NGrams(string[] words, int n) =>
        [.. Enumerable.Range(0, words.Length - n + 1).Select(i => string.Join(' ', words.Skip(i).Take(n)))];

    private static double F1(double matches, double candidateCount, double referenceCount)
    {
        var precision = matches / candidateCount;
        var recall = matches / referenceCount;
        return 2 * precision * recall / (precision + recall);
    }

    private static double RougeN(string[] candidate, int n)
    {
        var reference = NGrams(Reference, n).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var candidateNGrams = NGrams(candidate, n);
        var matches = candidateNGrams.GroupBy(g => g).Sum(g => Math.Min(g.Count(), reference.GetValueOrDefault(g.Key)));
        return F1(matches, candidateNGrams.Count, NGrams(Reference, n).Count);
    }

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

    private static double RougeL(string[] candidate) => F1(Lcs(candidate, Reference), candidate.Length, Reference.Length);

    [Fact]
    public void FaithfulCandidate_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.625", 5.0 / Reference.Length, 1e-12);
        Notes.Shows(Topic, "0.769", RougeN(Faithful, 1));
        Notes.Shows(Topic, "0.545", RougeN(Faithful, 2));
        Assert.Equal(5, Lcs(Faithful, Reference));
        Assert.Equal(RougeN(Faithful, 1), RougeL(Faithful), 12);
    }

    [Fact]
    public void ScrambledCandidate_FoolsRougeOneButNotRougeL()
    {
        Notes.Shows(Topic, "0.875", 7.0 / Reference.Length, 1e-12);
        Notes.Shows(Topic, "0.933", RougeN(Scrambled, 1));
        Notes.Shows(Topic, "0.462", RougeN(Scrambled, 2));
        Assert.Equal(3, Lcs(Scrambled, Reference));
        Notes.Shows(Topic, "0.4", RougeL(Scrambled), 1e-12);
        Assert.True(RougeN(Scrambled, 1) > RougeN(Faithful, 1));
        Assert.True(RougeL(Scrambled) < RougeL(Faithful));
    }
}
