using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.dbscan: nine 2-D points labelled core, border or noise with
/// eps = 1.2, recomputed from the DBSCAN definitions for minPts = 4 and minPts = 3.</summary>
public sealed class DbscanExampleTests
{
    private const string Topic = "ml.dbscan";
    private const double Eps = 1.2;

    private static readonly (string Name, double X, double Y)[] Points =
    [
        ("A", 0, 0), ("B", 0, 1), ("C", 0, -1), ("D", 1, 0), ("E", -1, 0),
        ("F", 2, 0), ("G", 4, 3), ("H", 4.5, 3), ("I", 4, 3.5),
    ];

    [Fact]
    public void PointTypes_MatchTheTable()
    {
        var (types, labels) = Dbscan(minPts: 4);

        for (var i = 0; i < Points.Length; i++)
        {
            var (name, x, y) = Points[i];
            var neighbours = Neighbours(i).Select(j => Points[j].Name).ToList();
            var coordinates = string.Create(CultureInfo.InvariantCulture, $"({x}, {y})");
            Notes.Mention(Topic, $"| {name} | {coordinates} | {string.Join(", ", neighbours)} | {neighbours.Count} | {types[i]} |");
        }

        Assert.Equal(1, labels.Max() + 1);
        Assert.Equal(["A", "B", "C", "D", "E"], Points.Where((_, i) => labels[i] == 0).Select(p => p.Name));
        Assert.Equal(4, labels.Count(l => l == -1));
        Notes.Mention(Topic, "one cluster {A, B, C, D, E} with a single core point, and four noise points");
    }

    [Fact]
    public void Distances_MatchTheNotes()
    {
        Notes.Shows(Topic, "1.414", Distance(1, 3));
        Assert.True(Distance(1, 3) > Eps, "the arms of the plus sign are not neighbours");
        Notes.Shows(Topic, "0.707", Distance(7, 8));
        Assert.Equal(0.5, Distance(6, 7), 12);
        Assert.Equal(0.5, Distance(6, 8), 12);
    }

    [Fact]
    public void SmallerMinPts_GivesTwoClustersAndNoNoise()
    {
        var (types, labels) = Dbscan(minPts: 3);

        Assert.Equal("core", types[3]);
        Assert.Equal("border", types[5]);
        Assert.Equal(labels[0], labels[5]);
        Assert.All([6, 7, 8], i => Assert.Equal("core", types[i]));
        Assert.Equal(2, labels.Max() + 1);
        Assert.DoesNotContain(-1, labels);
        Notes.Mention(Topic, "two clusters, no noise");
    }

    private static double Distance(int i, int j) =>
        Math.Sqrt(Math.Pow(Points[i].X - Points[j].X, 2) + Math.Pow(Points[i].Y - Points[j].Y, 2));

    /// <summary>The eps-neighbourhood of point i, the point itself included.</summary>
    private static List<int> Neighbours(int i) =>
        [.. Enumerable.Range(0, Points.Length).Where(j => Distance(i, j) <= Eps)];

    private static (string[] Types, int[] Labels) Dbscan(int minPts)
    {
        var isCore = Enumerable.Range(0, Points.Length).Select(i => Neighbours(i).Count >= minPts).ToArray();
        var labels = Enumerable.Repeat(-1, Points.Length).ToArray();
        var cluster = 0;
        for (var seed = 0; seed < Points.Length; seed++)
        {
            if (!isCore[seed] || labels[seed] != -1)
            {
                continue;
            }

            var queue = new Queue<int>([seed]);
            labels[seed] = cluster;
            while (queue.TryDequeue(out var p))
            {
                if (!isCore[p])
                {
                    continue;
                }

                foreach (var q in Neighbours(p).Where(q => labels[q] == -1))
                {
                    labels[q] = cluster;
                    queue.Enqueue(q);
                }
            }

            cluster++;
        }

        var types = Enumerable.Range(0, Points.Length)
            .Select(i => isCore[i] ? "core" : labels[i] >= 0 ? "border" : "noise")
            .ToArray();
        return (types, labels);
    }
}
