namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.demand-forecasting: WAPE, bias, pinball losses, the newsvendor quantile and the batch sizes.</summary>
public sealed class SysdesignDemandForecastingExampleTests
{
    private const string Topic = "sysdesign.demand-forecasting";
    private static readonly double[] Actual = [10, 0, 50];
    private static readonly double[] Forecast = [12, 3, 40];

    private static double Pinball(double y, double q, double tau) => y >= q ? tau * (y - q) : (1 - tau) * (q - y);

    [Fact]
    public void WapeBiasAndPinball_MatchTheNotes()
    {
        var absoluteErrors = Actual.Zip(Forecast, (y, f) => Math.Abs(y - f)).Sum();
        var losses = Actual.Zip(Forecast, (y, f) => Pinball(y, f, 0.9)).ToArray();

        Notes.Shows(Topic, "15", absoluteErrors, 0);
        Notes.Shows(Topic, "0.25", absoluteErrors / Actual.Sum(), 1e-12);
        Notes.Shows(Topic, "-8.3", ((Forecast.Sum() / Actual.Sum()) - 1) * 100, 0.05);
        Notes.Shows(Topic, "0.2", losses[0], 1e-12);
        Notes.Shows(Topic, "0.3", losses[1], 1e-12);
        Notes.Shows(Topic, "9.0", losses[2], 1e-12);
        Notes.Mention(Topic, "the pinball losses are 0.2, 0.3 and 9.0");
    }

    [Fact]
    public void NewsvendorQuantile_MatchesTheNotes()
    {
        const double shortage = 3, overage = 1;

        Notes.Shows(Topic, "0.75", shortage / (shortage + overage), 1e-12);
        Notes.Mention(Topic, "margin 3 and loss 1 per unsold unit give the 0.75 quantile");
    }

    [Fact]
    public void BatchSizes_MatchTheNotes()
    {
        const double series = 1000.0 * 20_000;
        var outputs = series * 28 * 3;

        Notes.Shows(Topic, "1,680,000,000", outputs, 0);
        Notes.Shows(Topic, "6.72", outputs * 4 / 1e9, 1e-9);
        Notes.Shows(Topic, "14.6", series * 730 / 1e9, 1e-9);
        Notes.Shows(Topic, "5.84", series * 730 * 400 / 1e12, 1e-9);
        Notes.Shows(Topic, "1,389", series / (4 * 3600), 0.5);
    }
}
