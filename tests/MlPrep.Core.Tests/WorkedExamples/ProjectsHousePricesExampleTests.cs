namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.house-prices: the mean predictor and a model on five house prices.</summary>
public sealed class ProjectsHousePricesExampleTests
{
    private const string Topic = "projects.house-prices";
    private static readonly double[] Prices = [200, 150, 300, 250, 100];
    private static readonly double[] Predictions = [210, 160, 270, 240, 130];

    private static double Mse(double[] actual, double[] predicted) =>
        actual.Zip(predicted, (a, p) => (a - p) * (a - p)).Average();

    private static double Rmsle(double[] actual, double[] predicted) =>
        Math.Sqrt(actual.Zip(predicted, (a, p) => Math.Pow(Math.Log(p) - Math.Log(a), 2)).Average());

    [Fact]
    public void MeanPredictor_MatchesTheNotes()
    {
        var mean = Enumerable.Repeat(Prices.Average(), Prices.Length).ToArray();

        Notes.Shows(Topic, "200", mean[0], 0);
        Notes.Shows(Topic, "5000", Mse(Prices, mean), 1e-9);
        Notes.Shows(Topic, "70.71", Math.Sqrt(Mse(Prices, mean)), 5e-3);
        Notes.Shows(Topic, "0.394", Rmsle(Prices, mean));
    }

    [Fact]
    public void ModelErrors_MatchTheNotes()
    {
        var meanMse = Mse(Prices, [.. Enumerable.Repeat(Prices.Average(), Prices.Length)]);
        var mse = Mse(Prices, Predictions);

        Notes.Shows(Topic, "420", mse, 1e-9);
        Notes.Shows(Topic, "20.49", Math.Sqrt(mse), 5e-3);
        Notes.Shows(Topic, "0.916", 1 - (mse / meanMse), 1e-9);
        Notes.Shows(Topic, "0.133", Rmsle(Prices, Predictions));
    }
}
