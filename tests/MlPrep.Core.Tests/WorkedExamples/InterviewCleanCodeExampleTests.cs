namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.clean-code: precision and recall on the two test cases of the
/// cleaned function, including the zero-division convention.</summary>
public sealed class InterviewCleanCodeExampleTests
{
    private const string Topic = "interview.clean-code";

    private static (double Precision, double Recall) PrecisionRecall(int[] yTrue, int[] yPred)
    {
        var tp = yTrue.Zip(yPred).Count(p => p.First == 1 && p.Second == 1);
        var fp = yTrue.Zip(yPred).Count(p => p.First == 0 && p.Second == 1);
        var fn = yTrue.Zip(yPred).Count(p => p.First == 1 && p.Second == 0);
        var precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        return (precision, recall);
    }

    [Fact]
    public void NormalCase_MatchesTheNotes()
    {
        var (precision, recall) = PrecisionRecall([1, 0, 1, 1, 0], [1, 1, 0, 1, 0]);

        Notes.Mention(Topic, "TP = 2, FP = 1, FN = 1");
        Notes.Shows(Topic, "0.667", precision);
        Notes.Shows(Topic, "0.667", recall);
    }

    [Fact]
    public void NothingPredictedPositive_ReturnsZero()
    {
        var (precision, recall) = PrecisionRecall([1, 1, 0], [0, 0, 0]);

        Assert.Equal(0.0, precision);
        Assert.Equal(0.0, recall);
        Notes.Mention(Topic, "assert precision_recall([1, 1, 0], [0, 0, 0]) == (0.0, 0.0)");
    }
}
