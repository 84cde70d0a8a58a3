namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.sentiment: confusion-matrix metrics, a confidence interval and McNemar's test.</summary>
public sealed class ProjectsSentimentExampleTests
{
    private const string Topic = "projects.sentiment";
    private const double TruePositives = 440, FalseNegatives = 60, FalsePositives = 70, TrueNegatives = 430;

    [Fact]
    public void ConfusionMatrixMetrics_MatchTheNotes()
    {
        var total = TruePositives + FalseNegatives + FalsePositives + TrueNegatives;
        var accuracy = (TruePositives + TrueNegatives) / total;
        var precision = TruePositives / (TruePositives + FalsePositives);
        var recall = TruePositives / (TruePositives + FalseNegatives);
        var standardError = Math.Sqrt(accuracy * (1 - accuracy) / total);

        Notes.Shows(Topic, "0.87", accuracy, 1e-12);
        Notes.Shows(Topic, "0.863", precision);
        Notes.Shows(Topic, "0.88", recall, 1e-12);
        Notes.Shows(Topic, "0.871", 2 * precision * recall / (precision + recall));
        Notes.Shows(Topic, "0.0106", standardError, 5e-5);
        Notes.Shows(Topic, "84.9", 100 * (accuracy - (1.96 * standardError)), 0.05);
        Notes.Shows(Topic, "89.1", 100 * (accuracy + (1.96 * standardError)), 0.05);
    }

    [Fact]
    public void McNemar_MatchesTheNotes()
    {
        const double onlyFirstRight = 30, onlySecondRight = 50;
        var chiSquare = Math.Pow(Math.Abs(onlyFirstRight - onlySecondRight) - 1, 2) / (onlyFirstRight + onlySecondRight);

        Notes.Shows(Topic, "4.51", chiSquare, 5e-3);
        Assert.True(chiSquare > 3.84);
        Notes.Mention(Topic, "It exceeds 3.84");
    }
}
