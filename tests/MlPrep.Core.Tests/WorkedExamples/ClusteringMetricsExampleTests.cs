namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of ml.clustering-metrics: five points on a line, scored with scikit-learn's
/// silhouette, Davies-Bouldin and Calinski-Harabasz definitions, for a good and a worse split.
/// </summary>
public sealed class ClusteringMetricsExampleTests
{
    private const string Topic = "ml.clustering-metrics";
    private static readonly double[] Points = [1, 2, 3, 7, 9];
    private static readonly int[] Good = [0, 0, 0, 1, 1];
    private static readonly int[] Worse = [0, 0, 0, 0, 1];

    private static (double A, double B, double S) Silhouette(int i, int[] labels)
    {
        var own = Enumerable.Range(0, Points.Length).Where(j => j != i && labels[j] == labels[i]).ToList();
        if (own.Count == 0)
        {
            return (0, 0, 0);
        }

        var a = own.Average(j => Math.Abs(Points[i] - Points[j]));
        var b = labels.Distinct().Where(c => c != labels[i])
            .Min(c => Enumerable.Range(0, Points.Length).Where(j => labels[j] == c).Average(j => Math.Abs(Points[i] - Points[j])));
        return (a, b, (b - a) / Math.Max(a, b));
    }

    private static double MeanSilhouette(int[] labels) => Enumerable.Range(0, Points.Length).Average(i => Silhouette(i, labels).S);

    private static Dictionary<int, double> Centroids(int[] labels) =>
        labels.Distinct().ToDictionary(c => c, c => Points.Where((_, j) => labels[j] == c).Average());

    private static double DaviesBouldin(int[] labels)
    {
        var centroids = Centroids(labels);
        var spread = centroids.Keys.ToDictionary(c => c, c => Points.Where((_, j) => labels[j] == c).Average(p => Math.Abs(p - centroids[c])));
        return centroids.Keys.Average(c => centroids.Keys.Where(o => o != c)
            .Max(o => (spread[c] + spread[o]) / Math.Abs(centroids[c] - centroids[o])));
    }

    private static (double Between, double Within, double Score) CalinskiHarabasz(int[] labels)
    {
        var centroids = Centroids(labels);
        var mean = Points.Average();
        var between = centroids.Sum(c => labels.Count(l => l == c.Key) * Math.Pow(c.Value - mean, 2));
        var within = Points.Select((p, j) => Math.Pow(p - centroids[labels[j]], 2)).Sum();
        int n = Points.Length, k = centroids.Count;
        return (between, within, between / (k - 1) / (within / (n - k)));
    }

    [Fact]
    public void Silhouette_MatchesTheTable()
    {
        var rows = Enumerable.Range(0, Points.Length).Select(i => Silhouette(i, Good)).ToArray();

        Assert.Equal([1.5, 1, 1.5, 2, 2], rows.Select(r => r.A));
        Assert.Equal([7.0, 6, 5, 5, 7], rows.Select(r => r.B));
        Notes.Mention(Topic, "| $a$ | 1.5 | 1 | 1.5 | 2 | 2 |");
        Notes.Mention(Topic, "| $b$ | 7 | 6 | 5 | 5 | 7 |");
        Notes.Shows(Topic, "0.786", rows[0].S);
        Notes.Shows(Topic, "0.833", rows[1].S);
        Notes.Shows(Topic, "0.7", rows[2].S, 1e-12);
        Notes.Shows(Topic, "0.6", rows[3].S, 1e-12);
        Notes.Shows(Topic, "0.714", rows[4].S);
        Notes.Mention(Topic, "| $s$ | 0.786 | 0.833 | 0.7 | 0.6 | 0.714 |");
        Notes.Shows(Topic, "0.727", MeanSilhouette(Good));
    }

    [Fact]
    public void DaviesBouldinAndCalinskiHarabasz_MatchTheNotes()
    {
        Assert.Equal([2.0, 8.0], Centroids(Good).Values.Order());
        Notes.Shows(Topic, "0.278", DaviesBouldin(Good));

        var (between, within, score) = CalinskiHarabasz(Good);
        Notes.Shows(Topic, "43.2", between, 1e-9);
        Notes.Shows(Topic, "4", within, 1e-12);
        Notes.Shows(Topic, "32.4", score, 1e-9);
        Notes.Mention(Topic, "$\\text{CH} = (43.2/1)/(4/3) = 32.4$");
    }

    [Fact]
    public void WorseSplit_ScoresWorseOnAllThree()
    {
        var misassigned = Silhouette(3, Worse);
        Assert.Equal(5, misassigned.A, 12);
        Assert.Equal(2, misassigned.B, 12);
        Notes.Shows(Topic, "-0.6", misassigned.S, 1e-12);
        Notes.Mention(Topic, "$s = -0.6$");
        Assert.Equal(0, Silhouette(4, Worse).S);

        Notes.Shows(Topic, "0.261", MeanSilhouette(Worse));
        Notes.Shows(Topic, "0.326", DaviesBouldin(Worse));
        Notes.Shows(Topic, "3.82", CalinskiHarabasz(Worse).Score, 5e-3);
        Assert.True(MeanSilhouette(Worse) < MeanSilhouette(Good));
        Assert.True(DaviesBouldin(Worse) > DaviesBouldin(Good));
        Assert.True(CalinskiHarabasz(Worse).Score < CalinskiHarabasz(Good).Score);
    }
}
