using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.hierarchical-clustering: five points on a line merged under
/// single, complete, average and Ward linkage, recomputed from the linkage definitions.</summary>
public sealed class HierarchicalClusteringExampleTests
{
    private const string Topic = "ml.hierarchical-clustering";
    private static readonly double[] X = [0, 3, 9, 17, 27];

    public static TheoryData<string> Linkages => ["single", "complete", "average", "Ward"];

    [Theory]
    [MemberData(nameof(Linkages))]
    public void MergesAndHeights_MatchTheTable(string linkage)
    {
        var merges = Agglomerate(linkage).Merges;
        var cells = merges.Select((m, step) =>
            $"{(step == merges.Count - 1 ? "all" : Braces(m.Cluster))} at {Math.Round(m.Height, 3).ToString(CultureInfo.InvariantCulture)}");

        Notes.Mention(Topic, $"| {linkage} | {string.Join(" | ", cells)} |");
    }

    [Theory]
    [MemberData(nameof(Linkages))]
    public void TwoClusterCuts_MatchTheNotes(string linkage)
    {
        var clusters = Agglomerate(linkage, until: 2).Clusters.OrderBy(c => c.Min()).ToList();

        Notes.Mention(Topic, $"{Braces(clusters[0])} and {Braces(clusters[1])}");
    }

    [Fact]
    public void WardCosts_MatchTheNotes()
    {
        double[] pair = [0, 3];
        double[] twin = [9, 17];

        Notes.Shows(Topic, "37.5", WardCost(pair, [9]), 1e-12);
        Notes.Shows(Topic, "8.660", Math.Sqrt(2 * WardCost(pair, [9])));
        Assert.Equal(32, WardCost([9], [17]), 12);
        Notes.Shows(Topic, "130.67", WardCost(twin, [27]), 5e-3);
        Notes.Shows(Topic, "132.25", WardCost(pair, twin), 1e-12);
        Notes.Shows(Topic, "16.263", Math.Sqrt(2 * WardCost(pair, twin)));
        Notes.Shows(Topic, "313.63", WardCost(pair, [9, 17, 27]), 5e-3);

        var mean = X.Average();
        var totalSquares = X.Sum(x => (x - mean) * (x - mean));
        Notes.Shows(Topic, "11.2", mean, 1e-12);
        Notes.Shows(Topic, "480.8", totalSquares, 1e-9);
        Assert.Equal(totalSquares, Agglomerate("Ward").Merges.Sum(m => m.Height * m.Height / 2), 9);
    }

    [Fact]
    public void AverageLinkageSteps_MatchTheNotes()
    {
        Notes.Shows(Topic, "7.5", Linkage("average", [0, 3], [9]), 1e-12);
        Assert.Equal(13, Linkage("average", [0, 3, 9], [17]), 12);
        Notes.Mention(Topic, "$108/6 = 18$");
        Assert.Equal(18, Linkage("average", [0, 3, 9], [17, 27]), 12);
    }

    private static string Braces(IEnumerable<double> cluster) =>
        "{" + string.Join(",", cluster.Order().Select(x => x.ToString(CultureInfo.InvariantCulture))) + "}";

    private static double WardCost(double[] a, double[] b) =>
        a.Length * b.Length / (double)(a.Length + b.Length) * Math.Pow(a.Average() - b.Average(), 2);

    /// <summary>Distance between two clusters; Ward is reported as SciPy does, sqrt(2 * cost).</summary>
    private static double Linkage(string linkage, double[] a, double[] b)
    {
        var pairs = a.SelectMany(x => b.Select(y => Math.Abs(x - y))).ToArray();
        return linkage switch
        {
            "single" => pairs.Min(),
            "complete" => pairs.Max(),
            "average" => pairs.Average(),
            "Ward" => Math.Sqrt(2 * WardCost(a, b)),
            _ => throw new ArgumentOutOfRangeException(nameof(linkage)),
        };
    }

    /// <summary>Merges the two closest clusters until <paramref name="until"/> clusters remain.</summary>
    private static (List<(double[] Cluster, double Height)> Merges, List<double[]> Clusters) Agglomerate(string linkage, int until = 1)
    {
        var clusters = X.Select(x => new[] { x }).ToList();
        var merges = new List<(double[] Cluster, double Height)>();
        while (clusters.Count > until)
        {
            var candidates = clusters
                .SelectMany((a, i) => clusters.Skip(i + 1).Select(b => (A: a, B: b, Height: Linkage(linkage, a, b))))
                .OrderBy(c => c.Height)
                .ToList();
            var best = candidates[0];
            Assert.True(candidates.Count == 1 || candidates[1].Height - best.Height > 1e-9, "the example has no ties");
            double[] merged = [.. best.A.Concat(best.B).Order()];
            clusters.Remove(best.A);
            clusters.Remove(best.B);
            clusters.Add(merged);
            merges.Add((merged, best.Height));
        }

        return (merges, clusters);
    }
}
