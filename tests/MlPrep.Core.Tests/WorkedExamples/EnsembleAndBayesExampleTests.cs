namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked examples of random forests, gradient boosting and naive Bayes, recomputed from
/// their inputs.
/// </summary>
public sealed class EnsembleAndBayesExampleTests
{
    private static double Binomial(int n, int k) => Enumerable.Range(1, k).Aggregate(1.0, (acc, i) => acc * (n - k + i) / i);

    private static double MajorityRight(int voters, double accuracy) =>
        Enumerable.Range((voters / 2) + 1, voters - (voters / 2))
            .Sum(k => Binomial(voters, k) * Math.Pow(accuracy, k) * Math.Pow(1 - accuracy, voters - k));

    [Fact]
    public void ForestVarianceOutOfBagAndVoting_MatchTheNotes()
    {
        const string topic = "ml.random-forests";
        static double Variance(double rho, int trees) => rho + ((1 - rho) / trees);

        Notes.Shows(topic, "0.37", Variance(0.3, 10));
        Notes.Shows(topic, "0.307", Variance(0.3, 100));
        Notes.Shows(topic, "0.604", Variance(0.6, 100));
        Notes.Shows(topic, "0.349", Math.Pow(0.9, 10));
        Notes.Shows(topic, "0.366", Math.Pow(0.99, 100));
        Notes.Shows(topic, "0.368", Math.Pow(0.999, 1000));
        Notes.Shows(topic, "0.3087", Binomial(5, 3) * Math.Pow(0.7, 3) * Math.Pow(0.3, 2), 5e-5);
        Notes.Shows(topic, "0.837", MajorityRight(5, 0.7));
        Notes.Shows(topic, "0.983", MajorityRight(25, 0.7));
    }

    [Fact]
    public void BoostingStepAndXgboostLeaves_MatchTheNotes()
    {
        const string topic = "ml.gradient-boosting";
        double[] y = [3, 5, 10];
        var f0 = y.Average();
        var residuals = y.Select(v => v - f0).ToArray();
        var leftLeaf = (residuals[0] + residuals[1]) / 2;
        var rightLeaf = residuals[2];
        double[] f1 = [f0 + (0.1 * leftLeaf), f0 + (0.1 * leftLeaf), f0 + (0.1 * rightLeaf)];

        Notes.Shows(topic, "6", f0, 1e-12);
        Notes.Shows(topic, "-2", leftLeaf, 1e-12);
        Notes.Shows(topic, "5.8", f1[0], 1e-12);
        Notes.Shows(topic, "6.4", f1[2], 1e-12);
        Notes.Shows(topic, "8.667", residuals.Average(r => r * r));
        Notes.Shows(topic, "7.147", y.Zip(f1, (a, b) => (a - b) * (a - b)).Average());

        const double lambda = 1;
        var g = y.Select(v => f0 - v).ToArray();
        double gLeft = g[0] + g[1], hLeft = 2, gRight = g[2], hRight = 1;
        Notes.Shows(topic, "-1.33", -gLeft / (hLeft + lambda), 5e-3);
        Notes.Shows(topic, "2", -gRight / (hRight + lambda), 1e-12);
        var gain = 0.5 * ((gLeft * gLeft / (hLeft + lambda)) + (gRight * gRight / (hRight + lambda)) - (Math.Pow(gLeft + gRight, 2) / (hLeft + hRight + lambda)));
        Notes.Shows(topic, "6.67", gain, 5e-3);
    }

    [Fact]
    public void SmoothedSpamPosterior_MatchesTheNotes()
    {
        const string topic = "ml.naive-bayes";
        double[] spamCounts = [3, 2, 0];
        double[] hamCounts = [1, 0, 4];
        const double alpha = 1;
        double Likelihood(double[] counts, int word) => (counts[word] + alpha) / (counts.Sum() + (alpha * counts.Length));

        var spam = 0.4 * Likelihood(spamCounts, 0) * Likelihood(spamCounts, 1);
        var ham = 0.6 * Likelihood(hamCounts, 0) * Likelihood(hamCounts, 1);

        Notes.Shows(topic, "0.375", Likelihood(spamCounts, 1));
        Notes.Shows(topic, "0.625", Likelihood(hamCounts, 2));
        Notes.Shows(topic, "0.075", spam);
        Notes.Shows(topic, "0.01875", ham, 1e-9);
        Notes.Shows(topic, "0.8", spam / (spam + ham));
        var meetingSpam = 0.4 * Likelihood(spamCounts, 2);
        var meetingHam = 0.6 * Likelihood(hamCounts, 2);
        Notes.Shows(topic, "0.118", meetingSpam / (meetingSpam + meetingHam));
    }
}
