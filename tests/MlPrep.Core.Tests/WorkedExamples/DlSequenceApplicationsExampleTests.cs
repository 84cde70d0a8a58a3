namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.sequence-applications: the size of a BiLSTM sentiment classifier,
/// macro-F1 of a constant classifier, forecast metrics (MAE, RMSE, MAPE, MASE) and the window count.</summary>
public sealed class DlSequenceApplicationsExampleTests
{
    private const string Topic = "dl.sequence-applications";
    private static readonly double[] Train = [9, 11, 10, 12, 9];
    private static readonly double[] Actual = [10, 12, 8, 10];
    private static readonly double[] Forecast = [11, 11, 10, 9];

    [Fact]
    public void ClassifierSize_MatchesTheNotes()
    {
        const long embedding = 20_000 * 100;
        const long lstm = 2 * ((4 * 128 * (100 + 128)) + (8 * 128));
        const long linear = (256 * 2) + 2;
        Notes.Shows(Topic, "2,000,000", embedding, 0);
        Notes.Shows(Topic, "235,520", lstm, 0);
        Notes.Shows(Topic, "514", linear, 0);
        Notes.Shows(Topic, "2,236,034", embedding + lstm + linear, 0);
        Notes.Shows(Topic, "89", 100.0 * embedding / (embedding + lstm + linear), 0.5);
    }

    [Fact]
    public void ConstantClassifier_MatchesTheNotes()
    {
        const double precision = 0.9, recall = 1;
        var f1Positive = 2 * precision * recall / (precision + recall);
        Notes.Shows(Topic, "0.947", f1Positive);
        Notes.Shows(Topic, "0.474", (f1Positive + 0) / 2);
    }

    [Fact]
    public void ForecastMetrics_MatchTheNotes()
    {
        var errors = Actual.Zip(Forecast, (a, f) => a - f).ToArray();
        var mae = errors.Average(e => Math.Abs(e));
        Notes.Shows(Topic, "1.25", mae, 1e-12);
        Notes.Shows(Topic, "1.323", Math.Sqrt(errors.Average(e => e * e)));
        Notes.Shows(Topic, "13.33", 100 * Actual.Zip(errors, (a, e) => Math.Abs(e) / a).Average(), 5e-3);

        var naive = Train.Skip(1).Zip(Train, (now, before) => Math.Abs(now - before)).Average();
        Assert.Equal(2, naive, 12);
        Notes.Shows(Topic, "0.625", mae / naive, 1e-12);
        Notes.Shows(Topic, "1.5", Actual.Average(a => Math.Abs(a - Train[^1])), 1e-12);
        Notes.Shows(Topic, "941", 1000 - 48 - 12 + 1, 0);
    }
}
