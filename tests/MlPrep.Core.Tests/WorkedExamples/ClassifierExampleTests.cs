namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked examples of logistic regression, k-NN, SVMs and decision trees, recomputed from
/// their inputs.
/// </summary>
public sealed class ClassifierExampleTests
{
    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    [Fact]
    public void LogisticGradientStep_MatchesTheNotes()
    {
        const string topic = "ml.logistic-regression";
        double[] x = [-3, -1, 1, 3];
        double[] y = [0, 0, 1, 1];
        double Loss(double w) => -x.Zip(y, (xi, yi) => yi * Math.Log(Sigmoid(w * xi)) + (1 - yi) * Math.Log(1 - Sigmoid(w * xi))).Average();

        var gradW = x.Zip(y, (xi, yi) => (Sigmoid(0) - yi) * xi).Average();
        var gradB = y.Average(yi => Sigmoid(0) - yi);
        var w = 0 - 0.5 * gradW;

        Notes.Shows(topic, "0.693", Loss(0));
        Notes.Shows(topic, "-1", gradW, 1e-12);
        Assert.Equal(0, gradB, 12);
        Notes.Shows(topic, "0.5", w, 1e-12);
        Notes.Shows(topic, "0.182", Sigmoid(-1.5));
        Notes.Shows(topic, "0.378", Sigmoid(-0.5));
        Notes.Shows(topic, "0.622", Sigmoid(0.5));
        Notes.Shows(topic, "0.818", Sigmoid(1.5));
        Notes.Shows(topic, "0.338", Loss(0.5));
        Notes.Shows(topic, "1.65", Math.Exp(0.5), 5e-3);
        Notes.Shows(topic, "0.181", Loss(1));
        Notes.Shows(topic, "0.065", Loss(2));
        Notes.Shows(topic, "0.0034", Loss(5), 5e-5);
    }

    [Fact]
    public void NearestNeighbourVotes_MatchTheNotes()
    {
        const string topic = "ml.knn";
        (double X, double Y, int Label)[] points = [(3, 4, 1), (1, 2, -1), (5, 3, -1), (6, 6, 1), (6, 5, 1)];
        var sorted = points
            .Select(p => (p.Label, Distance: Math.Sqrt(Math.Pow(p.X - 3, 2) + Math.Pow(p.Y - 3, 2))))
            .OrderBy(p => p.Distance)
            .ToArray();
        int Vote(int k) => Math.Sign(sorted.Take(k).Sum(p => p.Label));

        Assert.Equal([1, 2, Math.Sqrt(5), Math.Sqrt(13), Math.Sqrt(18)], sorted.Select(p => p.Distance));
        Notes.Shows(topic, "2.236", sorted[2].Distance);
        Notes.Shows(topic, "3.606", sorted[3].Distance);
        Notes.Shows(topic, "4.243", sorted[4].Distance);
        Assert.Equal(1, Vote(1));
        Assert.Equal(-1, Vote(3));
        Assert.Equal(1, Vote(5));
        var negativeWeight = sorted.Take(3).Where(p => p.Label < 0).Sum(p => 1 / p.Distance);
        Notes.Shows(topic, "0.947", negativeWeight);
        Assert.True(negativeWeight < 1, "the weighted vote flips back to +");
    }

    [Fact]
    public void MaximumMarginSeparator_MatchesTheNotes()
    {
        const string topic = "ml.svm";
        (double X1, double X2, int Label)[] points = [(2, 2, 1), (3, 2, 1), (0, 0, -1), (1, 1, -1)];
        double[] w = [1, 1];
        const double b = -3;
        double F(double x1, double x2) => w[0] * x1 + w[1] * x2 + b;

        Assert.Equal([1, 2, 3, 1], points.Select(p => p.Label * F(p.X1, p.X2)));
        Notes.Shows(topic, "1.414", 2 / Math.Sqrt(w[0] * w[0] + w[1] * w[1]));

        // Dual: w = sum alpha_i y_i x_i with alpha_P = alpha_S = 1.
        Assert.Equal((1.0, 1.0), (1 * 2 - 1 * 1.0, 1 * 2 - 1 * 1.0));
        Assert.Equal(1.0, Math.Max(0, 1 - F(2, 1)));
        Assert.Equal(0.5, Math.Max(0, 1 - F(1.5, 2)));
        Notes.Shows(topic, "0.368", Math.Exp(-0.5 * 2));
        Notes.Shows(topic, "4.5", Math.Exp(-5 * 2) * 1e5, 5e-2);

        // No separating line with unit functional margin has a smaller norm than w = (1, 1).
        var best = double.MaxValue;
        for (var a = -3.0; a <= 3.0; a += 0.05)
        {
            for (var c = -3.0; c <= 3.0; c += 0.05)
            {
                for (var d = -6.0; d <= 6.0; d += 0.05)
                {
                    if (points.All(p => p.Label * (a * p.X1 + c * p.X2 + d) >= 1 - 1e-9))
                    {
                        best = Math.Min(best, (a * a) + (c * c));
                    }
                }
            }
        }

        Assert.Equal(2, best, 1);
    }

    [Fact]
    public void SplitCriteriaAndPruning_MatchTheNotes()
    {
        const string topic = "ml.decision-trees";
        static double Gini(double positive, double negative)
        {
            var n = positive + negative;
            return 1 - Math.Pow(positive / n, 2) - Math.Pow(negative / n, 2);
        }

        static double Entropy(double positive, double negative)
        {
            var n = positive + negative;
            return -new[] { positive / n, negative / n }.Where(p => p > 0).Sum(p => p * Math.Log2(p));
        }

        Notes.Shows(topic, "0.5", Gini(5, 5));
        Notes.Shows(topic, "0.32", Gini(4, 1));
        Notes.Shows(topic, "0.408", Gini(2, 5));
        Notes.Shows(topic, "0.286", 0.3 * Gini(3, 0) + 0.7 * Gini(2, 5));
        Notes.Shows(topic, "0.18", Gini(5, 5) - Gini(4, 1));
        Notes.Shows(topic, "0.214", Gini(5, 5) - 0.7 * Gini(2, 5));
        Notes.Shows(topic, "0.722", Entropy(4, 1));
        Notes.Shows(topic, "0.863", Entropy(2, 5));
        Notes.Shows(topic, "0.278", 1 - Entropy(4, 1));
        Notes.Shows(topic, "0.396", 1 - 0.7 * Entropy(2, 5));
        Notes.Shows(topic, "0.03", (0.16 - 0.10) / (3 - 1), 1e-12);
        Assert.True(0.10 + 3 * 0.02 < 0.16 + 0.02);
        Assert.True(0.10 + 3 * 0.05 > 0.16 + 0.05);
    }
}
