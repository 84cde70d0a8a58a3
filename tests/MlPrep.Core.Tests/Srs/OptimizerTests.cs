using System.Diagnostics;
using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

public sealed class OptimizerTests
{
    private static readonly IReadOnlyList<ReviewEvent> SmallLog = new ReviewSimulator(ReviewSimulator.ExampleTrueParameters).Simulate(2000, seed: 7);

    [Fact]
    public void Optimize_SimulatedLog_LowersHeldOutLogLossAndAdopts()
    {
        var clock = Stopwatch.StartNew();
        var result = new Optimizer().Optimize(SmallLog);
        clock.Stop();

        Assert.Null(result.Note);
        Assert.Equal(2000, result.Reviews);
        Assert.True(result.Before.Count > 100, $"{result.Before.Count} held-out predictions");
        Assert.True(result.After.LogLoss < result.Before.LogLoss, $"log loss {result.Before.LogLoss} -> {result.After.LogLoss}");
        Assert.True(result.Adopt);
        Assert.Same(result.Fitted, result.Parameters);
        Assert.NotEqual(FsrsParameters.Default.Values, result.Fitted.Values);
        Assert.True(FsrsParameters.TryCreate(result.Fitted.Values, out _, out var problem), problem);
        Assert.True(result.EpochLosses.Min() < result.EpochLosses[0]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Optimize_SameLogAndSeed_GivesTheSameParameters()
    {
        var log = SmallLog.Take(800).ToList();

        var first = new Optimizer(new OptimizerOptions { Epochs = 2 }).Optimize(log);
        var second = new Optimizer(new OptimizerOptions { Epochs = 2 }).Optimize(log);

        Assert.Equal(first.Fitted.Values, second.Fitted.Values);
        Assert.Equal(first.After, second.After);
    }

    [Fact]
    public void Optimize_TooFewReviews_KeepsTheStartParameters()
    {
        var result = new Optimizer().Optimize(SmallLog.Take(30));

        Assert.False(result.Adopt);
        Assert.Same(FsrsParameters.Default, result.Parameters);
        Assert.Contains("too few reviews", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Gradient_MatchesFiniteDifferences()
    {
        var cards = Optimizer.Histories(SmallLog.Take(600).ToList());
        double[] at = [.. ReviewSimulator.ExampleTrueParameters.Values.Zip(FsrsParameters.Default.Values, (a, b) => (a + b) / 2)];
        var (loss, gradient, count) = Optimizer.LossAndGradient(cards, FsrsParameters.Create(at));
        Assert.True(count > 50);

        for (var i = 0; i < FsrsParameters.Count; i++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(at[i]));
            double[] up = [.. at], down = [.. at];
            up[i] += h;
            down[i] -= h;
            var numeric = (Loss(cards, up) - Loss(cards, down)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[i]) <= 1e-5 + 1e-4 * Math.Abs(numeric), $"w{i}: forward mode {gradient[i]}, finite difference {numeric}");
        }

        Assert.Equal(Loss(cards, at), loss, 10);
    }

    [Fact]
    public void DifferentiableModel_ComputesWhatTheSchedulerComputes()
    {
        var cards = Optimizer.Histories(SmallLog);
        var predictions = Optimizer.Predict(cards, ReviewSimulator.ExampleTrueParameters);

        var (loss, _, count) = Optimizer.LossAndGradient(cards, ReviewSimulator.ExampleTrueParameters);

        Assert.Equal(predictions.Count, count);
        Assert.Equal(RecallMetrics.LogLossOf(predictions), loss, 10);
    }

    [Fact]
    public void Predict_ScoresOnlyReviewsADayOrMoreAfterThePreviousOne()
    {
        var t0 = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);
        ReviewEvent[] log =
        [
            new("a", Rating.Good, t0),
            new("a", Rating.Good, t0.AddMinutes(10)),
            new("b", Rating.Again, t0.AddMinutes(11)),
            new("a", Rating.Again, t0.AddDays(3)), // 2 days 23 h 50 min after the previous review: 2 whole days
            new("a", Rating.Good, t0.AddDays(3).AddMinutes(10)),
            new("a", Rating.Hard, t0.AddDays(5)),
        ];

        var predictions = Optimizer.Predict(log, FsrsParameters.Default);

        Assert.Equal(2, predictions.Count);
        Assert.Equal((false, 2, 2, 0), (predictions[0].Recalled, predictions[0].ElapsedDays, predictions[0].ReviewIndex, predictions[0].Lapses));
        Assert.Equal((true, 1, 3, 1), (predictions[1].Recalled, predictions[1].ElapsedDays, predictions[1].ReviewIndex, predictions[1].Lapses));
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzz = false });
        var card = scheduler.Review(SrsCard.New(t0), Rating.Good, t0).Card;
        card = scheduler.Review(card, Rating.Good, t0.AddMinutes(10)).Card;
        Assert.Equal(scheduler.Retrievability(card, t0.AddDays(3)), predictions[0].Probability, 12);
    }

    private static double Loss(IEnumerable<Optimizer.CardHistory> cards, double[] parameters) =>
        RecallMetrics.LogLossOf(Optimizer.Predict(cards, FsrsParameters.Create(parameters)));
}
