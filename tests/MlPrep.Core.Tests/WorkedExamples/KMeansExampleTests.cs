namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.kmeans: Lloyd iterations from a poor start on six 1-D points,
/// and the k-means++ seeding probabilities, recomputed from the points.</summary>
public sealed class KMeansExampleTests
{
    private const string Topic = "ml.kmeans";
    private static readonly double[] X = [1, 2, 4, 7, 9, 10];

    [Fact]
    public void LloydIterations_MatchTheNotes()
    {
        double[] centroids = [1, 2];
        var used = new List<double[]>();
        var inertias = new List<double>();
        while (true)
        {
            var assignment = Assign(centroids);
            used.Add(centroids);
            inertias.Add(Inertia(centroids, assignment));
            var next = Update(assignment, centroids.Length);
            if (next.SequenceEqual(centroids))
            {
                break;
            }

            centroids = next;
        }

        Assert.Equal(4, inertias.Count);
        Notes.Shows(Topic, "142", inertias[0], 1e-9);
        Notes.Shows(Topic, "26.84", inertias[1], 1e-9);
        Notes.Shows(Topic, "15.5", inertias[2], 1e-9);
        Notes.Shows(Topic, "9.333", inertias[3]);
        Assert.True(inertias.Zip(inertias.Skip(1), (a, b) => b < a).All(x => x), "inertia falls at every iteration");
        Notes.Shows(Topic, "6.4", used[1][1], 1e-12);
        Notes.Shows(Topic, "7.5", used[2][1], 1e-12);
        Notes.Shows(Topic, "2.333", used[3][0]);
        Notes.Shows(Topic, "8.667", used[3][1]);
        Notes.Mention(Topic, "| 2 | 1, 6.4 | {1, 2} {4, 7, 9, 10} | 26.84 |");
        Notes.Mention(Topic, "| 4 | 2.333, 8.667 | {1, 2, 4} {7, 9, 10} | 9.333 |");

        // The update step alone, before point 2 is reassigned.
        Notes.Shows(Topic, "45.2", Inertia(used[1], Assign(used[0])), 1e-9);
    }

    [Fact]
    public void InertiaForOtherK_MatchesTheNotes()
    {
        Notes.Shows(Topic, "69.5", BestInertia(1), 1e-9);
        Notes.Shows(Topic, "9.333", BestInertia(2));
        Notes.Shows(Topic, "5.167", BestInertia(3));
    }

    [Fact]
    public void KMeansPlusPlusProbabilities_MatchTheNotes()
    {
        const double firstCentre = 2;
        var squared = X.Select(x => (x - firstCentre) * (x - firstCentre)).ToArray();
        var total = squared.Sum();
        double P(double x) => squared[Array.IndexOf(X, x)] / total;

        Notes.Shows(Topic, "143", total, 1e-12);
        Notes.Shows(Topic, "0.448", P(10));
        Notes.Shows(Topic, "0.343", P(9));
        Notes.Shows(Topic, "0.175", P(7));
        Notes.Shows(Topic, "0.028", P(4));
        Notes.Shows(Topic, "0.007", P(1));
        Notes.Shows(Topic, "0.965", P(7) + P(9) + P(10));

        // From centres 2 and 10 a single Lloyd iteration reaches the final centroids.
        var centroids = Update(Assign([firstCentre, 10]), 2);
        Assert.Equal(7.0 / 3, centroids[0], 12);
        Assert.Equal(26.0 / 3, centroids[1], 12);
        Assert.Equal(Assign(centroids), Assign([firstCentre, 10]));
    }

    private static int[] Assign(double[] centroids) =>
        [.. X.Select(x => Enumerable.Range(0, centroids.Length).MinBy(j => Math.Abs(x - centroids[j])))];

    private static double[] Update(int[] assignment, int k) =>
        [.. Enumerable.Range(0, k).Select(j => X.Where((_, i) => assignment[i] == j).Average())];

    private static double Inertia(double[] centroids, int[] assignment) =>
        X.Select((x, i) => Math.Pow(x - centroids[assignment[i]], 2)).Sum();

    /// <summary>The lowest inertia over every partition of X into k non-empty clusters.</summary>
    private static double BestInertia(int k)
    {
        var best = double.PositiveInfinity;
        var labels = new int[X.Length];
        var count = (int)Math.Pow(k, X.Length);
        for (var code = 0; code < count; code++)
        {
            var rest = code;
            for (var i = 0; i < X.Length; i++)
            {
                labels[i] = rest % k;
                rest /= k;
            }

            if (Enumerable.Range(0, k).Any(j => !labels.Contains(j)))
            {
                continue;
            }

            best = Math.Min(best, Inertia(Update(labels, k), labels));
        }

        return best;
    }
}
