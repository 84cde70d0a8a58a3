namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.mock-interviews: the rubric means of the first and fourth
/// mock, and the 45-minute coding time budget.</summary>
public sealed class InterviewMockInterviewsExampleTests
{
    private const string Topic = "interview.mock-interviews";
    private static readonly double[] FirstMock = [2, 2, 3, 1];
    private static readonly double[] FourthMock = [3, 4, 3, 3];
    private static readonly int[] BudgetMinutes = [5, 5, 20, 10, 5];

    [Fact]
    public void RubricMeans_MatchTheLog()
    {
        Notes.Mention(Topic, "| 1 | 2 | 2 | 3 | 1 | 2.0 |");
        Notes.Mention(Topic, "| 4 | 3 | 4 | 3 | 3 | 3.25 |");
        Notes.Shows(Topic, "2.0", FirstMock.Average(), 1e-12);
        Notes.Shows(Topic, "3.25", FourthMock.Average(), 1e-12);
    }

    [Fact]
    public void TimeBudget_FillsTheRound()
    {
        Notes.Mention(Topic, "5 minutes clarifying, 5 on the approach, 20 coding, 10 testing and complexity, 5 for your questions");
        Notes.Shows(Topic, "45", BudgetMinutes.Sum(), 0);
    }
}
