namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of ml.semi-supervised-clustering: plain k-means, Constrained-KMeans with fixed
/// seeds and COP-k-means with must-link and cannot-link constraints, on six points on a line.
/// </summary>
public sealed class SemiSupervisedClusteringExampleTests
{
    private const string Topic = "ml.semi-supervised-clustering";
    private static readonly double[] Points = [0, 1, 3, 6, 8, 10];
    private static readonly (double, double)[] MustLink = [(3, 6)];
    private static readonly (double, double)[] CannotLink = [(1, 3)];

    [Fact]
    public void PlainKMeans_MatchesTheNotes()
    {
        var assignment = Cop(Points, [0, 10], [], [])!;
        var (centroids, sse) = Summary(assignment);

        Assert.Equal([0, 0, 0, 1, 1, 1], Points.Select(p => assignment[p]));
        Notes.Shows(Topic, "1.33", centroids[0], 5e-3);
        Notes.Shows(Topic, "12.67", sse, 5e-3);
        Notes.Mention(Topic, "gives {0, 1, 3} and {6, 8, 10}, centroids 1.33 and 8");
    }

    [Fact]
    public void ConstrainedKMeans_KeepsTheSeedsAndMatchesTheNotes()
    {
        var seeds = new Dictionary<double, int> { [0] = 0, [6] = 0, [10] = 1 };
        var centroids = Enumerable.Range(0, 2).Select(c => seeds.Where(s => s.Value == c).Average(s => s.Key)).ToArray();
        Notes.Shows(Topic, "3", centroids[0]);
        Notes.Mention(Topic, "Initial centroids are $(0 + 6)/2 = 3$ and 10.");
        Assert.Equal(10, centroids[1]);

        Dictionary<double, int>? previous = null;
        Dictionary<double, int> assignment = [];
        for (var iteration = 0; iteration < 20; iteration++)
        {
            assignment = Points.ToDictionary(p => p, p => seeds.TryGetValue(p, out var fixedCluster) ? fixedCluster : Nearest(p, centroids));
            if (previous is not null && previous.SequenceEqual(assignment))
            {
                break;
            }

            previous = assignment;
            centroids = Summary(assignment).Centroids;
        }

        Assert.Equal([0, 0, 0, 0, 1, 1], Points.Select(p => assignment[p]));
        var (finalCentroids, sse) = Summary(assignment);
        Notes.Shows(Topic, "2.5", finalCentroids[0]);
        Notes.Shows(Topic, "9", finalCentroids[1]);
        Notes.Shows(Topic, "23", sse);
        Assert.Equal(1, Nearest(6, finalCentroids));
        Notes.Mention(Topic, "Seed 6 is now nearer the other centroid (3 against 3.5), but it is fixed.");

        var released = Cop(Points, [3, 10], [], [])!;
        Assert.Equal([0, 0, 0, 1, 1, 1], Points.Select(p => released[p]));
    }

    [Fact]
    public void CopKMeans_MatchesTheNotes()
    {
        var assignment = Cop(Points, [0, 10], MustLink, CannotLink)!;
        Assert.Equal([0, 0, 1, 1, 1, 1], Points.Select(p => assignment[p]));
        var (centroids, sse) = Summary(assignment);
        Notes.Shows(Topic, "0.5", centroids[0]);
        Notes.Shows(Topic, "6.75", centroids[1]);
        Notes.Shows(Topic, "27.25", sse);
        Notes.Mention(Topic, "| 3 | 1 (3 against 7) | cannot-link with 1, which is in cluster 1 | 2 |");

        double[] threeFirst = [3, 0, 1, 6, 8, 10];
        var reordered = Cop(threeFirst, [0, 10], MustLink, CannotLink)!;
        Assert.Equal([0, 1, 0, 0, 1, 1], Points.Select(p => reordered[p]));
        Notes.Shows(Topic, "62.67", Summary(reordered).Sse, 5e-3);
        Notes.Mention(Topic, "ending at {0, 3, 6} and {1, 8, 10}");

        Assert.Null(Cop(Points, [0, 10], [], [(0, 1), (1, 3), (0, 3)]));
        Notes.Mention(Topic, "the cannot-links (0, 1), (1, 3), (0, 3) would make COP-k-means fail outright");
    }

    private static int Nearest(double point, double[] centroids) =>
        Enumerable.Range(0, centroids.Length).MinBy(c => Math.Abs(point - centroids[c]));

    private static (double[] Centroids, double Sse) Summary(Dictionary<double, int> assignment)
    {
        var centroids = Enumerable.Range(0, 2).Select(c => assignment.Where(p => p.Value == c).Average(p => p.Key)).ToArray();
        var sse = assignment.Sum(p => Math.Pow(p.Key - centroids[p.Value], 2));
        return (centroids, sse);
    }

    /// <summary>
    /// COP-k-means (Wagstaff et al., 2001) with two clusters: visit the points in the given order, put each
    /// into the nearest cluster that breaks no constraint with the points already placed in this pass, then
    /// update the centroids; null when some point has no allowed cluster. Without constraints it is k-means.
    /// </summary>
    private static Dictionary<double, int>? Cop(double[] order, double[] centroids, (double, double)[] mustLink, (double, double)[] cannotLink)
    {
        Dictionary<double, int>? previous = null;
        for (var iteration = 0; iteration < 20; iteration++)
        {
            var assignment = new Dictionary<double, int>();
            foreach (var point in order)
            {
                var allowed = Enumerable.Range(0, centroids.Length)
                    .OrderBy(c => Math.Abs(point - centroids[c]))
                    .Where(c => !Violates(point, c, assignment, mustLink, cannotLink))
                    .Select(c => (int?)c)
                    .FirstOrDefault();
                if (allowed is null)
                {
                    return null;
                }

                assignment[point] = allowed.Value;
            }

            if (previous is not null && Points.All(p => previous[p] == assignment[p]))
            {
                return assignment;
            }

            previous = assignment;
            centroids = Summary(assignment).Centroids;
        }

        return previous;
    }

    private static bool Violates(double point, int cluster, Dictionary<double, int> assignment, (double, double)[] mustLink, (double, double)[] cannotLink)
    {
        static double? Partner(double point, (double A, double B) pair) =>
            pair.A == point ? pair.B : pair.B == point ? pair.A : null;

        var mustBreak = mustLink.Select(pair => Partner(point, pair))
            .Any(other => other is { } o && assignment.TryGetValue(o, out var c) && c != cluster);
        var cannotBreak = cannotLink.Select(pair => Partner(point, pair))
            .Any(other => other is { } o && assignment.TryGetValue(o, out var c) && c == cluster);
        return mustBreak || cannotBreak;
    }
}
