using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

public sealed class ReviewSimulatorTests
{
    [Fact]
    public void Simulate_SameSeed_GivesTheSameLogInTimeOrder()
    {
        var simulator = new ReviewSimulator(ReviewSimulator.ExampleTrueParameters);

        var first = simulator.Simulate(3000, seed: 1);
        var second = simulator.Simulate(3000, seed: 1);
        var other = simulator.Simulate(3000, seed: 2);

        Assert.Equal(3000, first.Count);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.True(first.Zip(first.Skip(1)).All(p => p.First.Time <= p.Second.Time));
    }

    [Fact]
    public void Simulate_LearnerForgetsAsTheTrueModelSays()
    {
        var log = new ReviewSimulator(ReviewSimulator.ExampleTrueParameters).Simulate(10_000, seed: 3);

        var predictions = Optimizer.Predict(log, ReviewSimulator.ExampleTrueParameters);
        var recallRate = predictions.Average(p => p.Recalled ? 1.0 : 0.0);
        var predictedRate = predictions.Average(p => p.Probability);

        Assert.All(Enum.GetValues<Rating>(), rating => Assert.Contains(log, r => r.Rating == rating));
        Assert.True(predictions.Count > 3000, $"{predictions.Count} long-term reviews");
        Assert.InRange(recallRate, predictedRate - 0.02, predictedRate + 0.02);
        Assert.True(RecallMetrics.Of(predictions).LogLoss < RecallMetrics.Of(Optimizer.Predict(log, FsrsParameters.Default)).LogLoss);
        Assert.NotEqual(FsrsParameters.Default.Values, ReviewSimulator.ExampleTrueParameters.Values);
    }
}
