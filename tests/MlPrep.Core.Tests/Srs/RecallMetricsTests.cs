using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

public sealed class RecallMetricsTests
{
    [Fact]
    public void LogLoss_IsTheMeanBinaryCrossEntropy()
    {
        RecallPrediction[] predictions = [new(0.8, true, 3, 2, 0), new(0.6, false, 3, 2, 0)];

        Assert.Equal((-Math.Log(0.8) - Math.Log(0.4)) / 2, RecallMetrics.LogLossOf(predictions), 12);
        Assert.True(double.IsFinite(RecallMetrics.LossOf(1.0, false)));
    }

    [Fact]
    public void RmseBins_WeighsEachBinsCalibrationErrorByItsSize()
    {
        RecallPrediction[] predictions =
        [
            // One bin (t 4 and 5 share the log-3.62 bucket, lapses 1 and 2 the log-1.73 buckets 0 and 1 do not):
            new(0.9, true, 4, 2, 0),
            new(0.7, false, 5, 3, 0),
            // A second bin: a month later.
            new(0.5, true, 30, 2, 0),
            // Third and fourth: one and two lapses.
            new(0.6, true, 4, 2, 1),
            new(0.6, false, 4, 2, 2),
        ];

        // Bin 1: recall 0.5, mean prediction 0.8, n 2; bin 2: 1 vs 0.5; bin 3: 1 vs 0.6; bin 4: 0 vs 0.6.
        var expected = Math.Sqrt((2 * 0.09 + 0.25 + 0.16 + 0.36) / 5);
        Assert.Equal(expected, RecallMetrics.RmseBinsOf(predictions), 12);
    }

    [Fact]
    public void Of_PerfectlyCalibratedBins_HaveNoRmse()
    {
        RecallPrediction[] predictions = [new(0.75, true, 2, 2, 0), new(0.75, true, 2, 2, 0), new(0.75, true, 2, 2, 0), new(0.75, false, 2, 2, 0)];

        var metrics = RecallMetrics.Of(predictions);

        Assert.Equal(4, metrics.Count);
        Assert.Equal(0, metrics.RmseBins, 12);
        Assert.True(double.IsNaN(RecallMetrics.Of([]).LogLoss));
    }
}
