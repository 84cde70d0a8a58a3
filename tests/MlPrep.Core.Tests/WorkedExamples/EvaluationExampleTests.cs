namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked examples of classification metrics, cross-validation, the bias-variance
/// decomposition and hyperparameter tuning, recomputed from their inputs.
/// </summary>
public sealed class EvaluationExampleTests
{
    private static readonly double[] Positives = [0.90, 0.80, 0.55, 0.30];
    private static readonly double[] Negatives = [0.70, 0.55, 0.40, 0.35, 0.20, 0.10];

    [Fact]
    public void ThresholdMetrics_MatchTheNotes()
    {
        const string topic = "ml.classification-metrics";
        double tp = Positives.Count(s => s >= 0.5), fn = Positives.Length - tp;
        double fp = Negatives.Count(s => s >= 0.5), tn = Negatives.Length - fp;
        var precision = tp / (tp + fp);
        var recall = tp / (tp + fn);

        Assert.Equal((3.0, 2.0, 1.0, 4.0), (tp, fp, fn, tn));
        Notes.Shows(topic, "0.70", (tp + tn) / 10);
        Notes.Shows(topic, "0.60", precision);
        Notes.Shows(topic, "0.75", recall);
        Notes.Shows(topic, "0.667", 2 * precision * recall / (precision + recall));
        Notes.Shows(topic, "0.333", fp / (fp + tn));
        Notes.Shows(topic, "0.714", 5 * precision * recall / ((4 * precision) + recall));
    }

    [Fact]
    public void RankingMetrics_MatchTheNotes()
    {
        const string topic = "ml.classification-metrics";
        var concordant = Positives.Sum(p => Negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0.0));
        Notes.Shows(topic, "18.5", concordant, 1e-12);
        Notes.Shows(topic, "0.771", concordant / (Positives.Length * Negatives.Length));

        // Average precision as scikit-learn computes it: a step sum over distinct thresholds, high to low.
        var scored = Positives.Select(s => (Score: s, Positive: true)).Concat(Negatives.Select(s => (Score: s, Positive: false))).ToArray();
        double ap = 0, previousRecall = 0;
        foreach (var threshold in scored.Select(s => s.Score).Distinct().OrderDescending())
        {
            var flagged = scored.Where(s => s.Score >= threshold).ToArray();
            var recall = flagged.Count(s => s.Positive) / (double)Positives.Length;
            var precision = flagged.Count(s => s.Positive) / (double)flagged.Length;
            ap += (recall - previousRecall) * precision;
            previousRecall = recall;
        }

        Notes.Shows(topic, "0.775", ap);
    }

    [Fact]
    public void FoldStatisticsAndCosts_MatchTheNotes()
    {
        const string topic = "ml.cross-validation";
        double[] folds = [0.82, 0.78, 0.85, 0.80, 0.75];
        var mean = folds.Average();
        var sampleVariance = folds.Sum(f => (f - mean) * (f - mean)) / (folds.Length - 1);

        Notes.Shows(topic, "0.80", mean);
        Notes.Shows(topic, "0.0058", folds.Sum(f => (f - mean) * (f - mean)), 1e-9);
        Notes.Shows(topic, "0.00145", sampleVariance, 1e-9);
        Notes.Shows(topic, "0.038", Math.Sqrt(sampleVariance));
        Notes.Shows(topic, "0.017", Math.Sqrt(sampleVariance) / Math.Sqrt(folds.Length));
        Notes.Shows(topic, "101", (20 * 5) + 1, 0);
        Notes.Shows(topic, "305", 5 * ((20 * 3) + 1), 0);
        Assert.Equal(60, 300 / 5);
    }

    [Fact]
    public void Decomposition_MatchesTheTable()
    {
        const string topic = "ml.bias-variance";
        const double truth = 2.0, noise = 0.25;
        (double Bias2, double Variance, double Error) Decompose(double[] predictions)
        {
            var mean = predictions.Average();
            var variance = predictions.Average(p => (p - mean) * (p - mean));
            var bias2 = (mean - truth) * (mean - truth);
            return (bias2, variance, bias2 + variance + noise);
        }

        var rigid = Decompose([2.5, 2.6, 2.4, 2.5]);
        var moderate = Decompose([2.1, 2.4, 2.2, 1.9]);
        var flexible = Decompose([1.2, 2.8, 2.6, 1.4]);

        Notes.Shows(topic, "0.0050", rigid.Variance, 1e-9);
        Notes.Shows(topic, "0.505", rigid.Error, 1e-9);
        Notes.Shows(topic, "0.0225", moderate.Bias2, 1e-9);
        Notes.Shows(topic, "0.0325", moderate.Variance, 1e-9);
        Notes.Shows(topic, "0.305", moderate.Error, 1e-9);
        Notes.Shows(topic, "0.5000", flexible.Variance, 1e-9);
        Notes.Shows(topic, "0.750", flexible.Error, 1e-9);
        Notes.Shows(topic, "0.055", new[] { 2.1, 2.4, 2.2, 1.9 }.Average(p => (p - truth) * (p - truth)), 1e-9);
    }

    [Fact]
    public void SearchBudgetsAndExpectedImprovement_MatchTheNotes()
    {
        const string topic = "ml.hyperparameter-tuning";
        static double NormalPdf(double z) => Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
        static double NormalCdf(double z)
        {
            // Simpson's rule from -12 to z: accurate to far better than the 4 decimals printed.
            const int steps = 20_000;
            var h = (z + 12) / steps;
            var sum = NormalPdf(-12) + NormalPdf(z);
            for (var i = 1; i < steps; i++)
            {
                sum += (i % 2 == 1 ? 4 : 2) * NormalPdf(-12 + (i * h));
            }

            return sum * h / 3;
        }

        static double ExpectedImprovement(double mu, double sigma, double best, double xi)
        {
            var z = (mu - best - xi) / sigma;
            return ((mu - best - xi) * NormalCdf(z)) + (sigma * NormalPdf(z));
        }

        Notes.Shows(topic, "625", Math.Pow(5, 3) * 5, 0);
        Notes.Shows(topic, "58.4", Math.Log(0.05) / Math.Log(0.95), 5e-2);
        Notes.Shows(topic, "0.9515", 1 - Math.Pow(0.95, 59), 5e-5);
        Notes.Shows(topic, "0.9490", 1 - Math.Pow(0.95, 58), 5e-5);
        Notes.Shows(topic, "299", Math.Ceiling(Math.Log(0.05) / Math.Log(0.99)), 0);
        Notes.Shows(topic, "0.9772", NormalCdf(2.0), 5e-5);
        Notes.Shows(topic, "0.0540", NormalPdf(2.0), 5e-5);
        Notes.Shows(topic, "0.0201", ExpectedImprovement(0.83, 0.01, 0.80, 0.01), 5e-5);
        Notes.Shows(topic, "0.0229", ExpectedImprovement(0.79, 0.08, 0.80, 0.01), 5e-5);
    }
}
