namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.ranking-metrics: one graded ranked list of six items and a second binary query.</summary>
public sealed class RankingMetricsExampleTests
{
    private const string Topic = "ml.ranking-metrics";
    private static readonly double[] Graded = [3, 0, 2, 1, 0, 0];
    private static readonly int[] SecondQuery = [0, 1, 0, 0, 1, 0];

    private static int[] Binary => [.. Graded.Select(g => g > 0 ? 1 : 0)];

    private static double PrecisionAt(int[] rel, int k) => rel.Take(k).Sum() / (double)k;

    private static double RecallAt(int[] rel, int k) => rel.Take(k).Sum() / (double)rel.Sum();

    private static double AveragePrecision(int[] rel) =>
        Enumerable.Range(1, rel.Length).Where(k => rel[k - 1] == 1).Sum(k => PrecisionAt(rel, k)) / rel.Sum();

    private static double Dcg(IEnumerable<double> gains, int k) =>
        gains.Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();

    private static double Ndcg(double[] gains, int k) => Dcg(gains, k) / Dcg(gains.OrderDescending(), k);

    [Fact]
    public void PrecisionAndRecallAtK_MatchTheTable()
    {
        Assert.Equal(1, PrecisionAt(Binary, 1));
        Notes.Shows(Topic, "0.667", PrecisionAt(Binary, 3));
        Notes.Shows(Topic, "0.6", PrecisionAt(Binary, 5), 1e-12);
        Notes.Mention(Topic, "| P@k | 1 | 2/3 = 0.667 | 3/5 = 0.6 |");
        Notes.Shows(Topic, "0.333", RecallAt(Binary, 1));
        Assert.Equal(2.0 / 3, RecallAt(Binary, 3), 12);
        Assert.Equal(1, RecallAt(Binary, 5));
        Notes.Mention(Topic, "| R@k | 1/3 = 0.333 | 0.667 | 1 |");
    }

    [Fact]
    public void AveragePrecisionMapAndMrr_MatchTheNotes()
    {
        var ap1 = AveragePrecision(Binary);
        var ap2 = AveragePrecision(SecondQuery);
        double ReciprocalRank(int[] rel) => 1.0 / (Array.IndexOf(rel, 1) + 1);

        Notes.Shows(Topic, "0.806", ap1);
        Notes.Shows(Topic, "0.45", ap2, 1e-12);
        Notes.Shows(Topic, "0.628", (ap1 + ap2) / 2);
        Notes.Shows(Topic, "0.75", (ReciprocalRank(Binary) + ReciprocalRank(SecondQuery)) / 2, 1e-12);
    }

    [Fact]
    public void NdcgWithLinearGain_MatchesTheNotes()
    {
        var discounts = Enumerable.Range(1, 4).Select(i => 1 / Math.Log2(i + 1)).ToArray();
        Assert.Equal(1, discounts[0], 12);
        Notes.Shows(Topic, "0.631", discounts[1]);
        Notes.Shows(Topic, "0.431", discounts[3]);
        Notes.Mention(Topic, "$1, 0.631, 0.5, 0.431$");

        Notes.Shows(Topic, "4.431", Dcg(Graded, 6));
        Notes.Shows(Topic, "4.762", Dcg(Graded.OrderDescending(), 6));
        Notes.Shows(Topic, "0.930", Ndcg(Graded, 6));
        Assert.Equal(4, Dcg(Graded, 3), 12);
        Notes.Shows(Topic, "0.840", Ndcg(Graded, 3));
    }

    [Fact]
    public void NdcgWithExponentialGain_MatchesTheNotes()
    {
        double[] gains = [.. Graded.Select(g => Math.Pow(2, g) - 1)];
        Assert.Equal([7.0, 0, 3, 1, 0, 0], gains);
        Notes.Mention(Topic, "$(7, 0, 3, 1, 0, 0)$");
        Notes.Shows(Topic, "8.931", Dcg(gains, 6));
        Notes.Shows(Topic, "9.393", Dcg(gains.OrderDescending(), 6));
        Notes.Shows(Topic, "0.951", Ndcg(gains, 6));
    }
}
