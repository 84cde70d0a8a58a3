namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked examples of polynomial regression, regression losses, regularisation and
/// regression metrics, recomputed from their inputs.
/// </summary>
public sealed class RegressionExampleTests
{
    [Fact]
    public void PolynomialDegrees_MatchTheNotes()
    {
        const string topic = "ml.polynomial-regression";
        double[] x = [-2, -1, 0, 1, 2];
        double[] y = [5.2, 1.2, 2.2, 1.2, 5.2];
        double Sse(double[] w) => x.Zip(y, (xi, yi) => Math.Pow(yi - Solve.Evaluate(w, xi), 2)).Sum();

        var line = Solve.Polynomial(x, y, 1);
        var quadratic = Solve.Polynomial(x, y, 2);
        var quartic = Solve.Polynomial(x, y, 4);

        Assert.Equal(0, line[1], 12);
        Notes.Shows(topic, "16.8", Sse(line));
        Assert.Equal([1, 0, 1], quadratic.Select(w => Math.Round(w, 9)));
        Notes.Shows(topic, "2.8", Sse(quadratic));
        Assert.Equal(0, Sse(quartic), 9);
        Notes.Shows(topic, "35.2", Solve.Evaluate(quartic, 3), 1e-9);
        Notes.Mention(topic, "the quadratic predicts 10");
        Assert.Equal(10, Solve.Evaluate(quadratic, 3), 9);
    }

    [Fact]
    public void BestConstantPerLoss_MatchesTheNotes()
    {
        const string topic = "ml.regression-loss";
        double[] y = [10, 11, 12, 16, 21];
        static double Huber(double r, double delta) => Math.Abs(r) <= delta ? 0.5 * r * r : delta * (Math.Abs(r) - 0.5 * delta);
        static double ArgMin(Func<double, double> loss) =>
            Enumerable.Range(0, 30_001).Select(i => i / 1000.0).MinBy(loss);

        var mean = ArgMin(c => y.Sum(v => (v - c) * (v - c)));
        var median = ArgMin(c => y.Sum(v => Math.Abs(v - c)));
        var huber = ArgMin(c => y.Sum(v => Huber(v - c, 2)));

        Notes.Shows(topic, "14", mean, 1e-9);
        Notes.Shows(topic, "16.4", y.Average(v => (v - 14) * (v - 14)));
        Notes.Shows(topic, "12", median, 1e-9);
        Notes.Shows(topic, "3.2", y.Average(v => Math.Abs(v - 12)));
        Notes.Shows(topic, "12.5", huber, 1e-9);

        double[] typo = [10, 11, 12, 16, 61];
        Notes.Shows(topic, "22", typo.Average());
        Assert.Equal(12.5, ArgMin(c => typo.Sum(v => Huber(v - c, 2))), 9);
    }

    [Fact]
    public void PenalisedWeights_MatchTheTable()
    {
        const string topic = "ml.regularization-linear";
        double[] x = [-1.5, -0.5, 0.5, 1.5];
        double[] y = [-2, -1, 1, 2];
        var n = x.Length;
        var sxx = x.Sum(v => v * v);
        var sxy = x.Zip(y, (a, b) => a * b).Sum();
        static double SoftThreshold(double z, double lambda) => Math.Sign(z) * Math.Max(Math.Abs(z) - lambda, 0);
        double Ridge(double alpha) => sxy / (sxx + alpha);
        double Lasso(double alpha) => SoftThreshold(sxy / n, alpha) / (sxx / n);
        double ElasticNet(double alpha, double rho) => SoftThreshold(sxy / n, alpha * rho) / (sxx / n + alpha * (1 - rho));

        Notes.Shows(topic, "1.4", Ridge(0));
        Notes.Shows(topic, "1.0", Ridge(2));
        Notes.Shows(topic, "0.7", Ridge(5));
        Notes.Shows(topic, "0.067", Ridge(100));
        Notes.Shows(topic, "1.0", Lasso(0.5));
        Notes.Shows(topic, "0.6", Lasso(1));
        Assert.Equal(0, Lasso(1.75));
        Notes.Shows(topic, "1.75", sxy / n);
        Notes.Shows(topic, "1.0", ElasticNet(0.5, 0.5));
        Notes.Shows(topic, "1.5", 4 - 2.5 * Ridge(2));
    }

    [Fact]
    public void ErrorMetrics_MatchTheNotes()
    {
        const string topic = "ml.regression-metrics";
        double[] y = [2, 4, 6, 8, 10];
        double[] yHat = [3, 4, 5, 8, 12];
        var residuals = y.Zip(yHat, (a, b) => a - b).ToArray();
        var ssRes = residuals.Sum(r => r * r);
        var ssTot = y.Sum(v => Math.Pow(v - y.Average(), 2));
        var r2 = 1 - ssRes / ssTot;

        Notes.Shows(topic, "0.8", residuals.Average(Math.Abs));
        Notes.Shows(topic, "1.2", ssRes / y.Length);
        Notes.Shows(topic, "1.095", Math.Sqrt(ssRes / y.Length));
        Notes.Shows(topic, "0.85", r2);
        Notes.Shows(topic, "0.80", 1 - (1 - r2) * (y.Length - 1) / (y.Length - 1 - 1));
        Notes.Shows(topic, "2.83", Math.Sqrt(ssTot / y.Length), 5e-3);

        double[] worse = [3, 4, 5, 8, 16];
        var ssWorse = y.Zip(worse, (a, b) => (a - b) * (a - b)).Sum();
        Notes.Shows(topic, "1.6", y.Zip(worse, (a, b) => Math.Abs(a - b)).Average());
        Notes.Shows(topic, "7.6", ssWorse / y.Length);
        Notes.Shows(topic, "2.76", Math.Sqrt(ssWorse / y.Length), 5e-3);
        Notes.Shows(topic, "0.05", 1 - ssWorse / ssTot);
    }
}
