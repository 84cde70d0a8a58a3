namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.dos: MAE and RMSE with and without the outlier, and the word
/// budget of a 90-second pitch.</summary>
public sealed class InterviewDosExampleTests
{
    private const string Topic = "interview.dos";
    private static readonly double[] Errors = [1, -1, 2, -2, 10];
    private static readonly double[] ErrorsWithoutOutlier = [1, -1, 2, -2, 0];

    private static double Mae(double[] errors) => errors.Average(e => Math.Abs(e));

    private static double Rmse(double[] errors) => Math.Sqrt(errors.Average(e => e * e));

    [Fact]
    public void MetricDrill_MatchesTheNotes()
    {
        Notes.Shows(Topic, "3.2", Mae(Errors), 1e-12);
        Notes.Shows(Topic, "4.69", Rmse(Errors), 5e-3);
        Notes.Mention(Topic, "= \\sqrt{22} = 4.69$");
        Notes.Shows(Topic, "1.2", Mae(ErrorsWithoutOutlier), 1e-12);
        Notes.Shows(Topic, "1.41", Rmse(ErrorsWithoutOutlier), 5e-3);
        Assert.InRange(Rmse(Errors) / Rmse(ErrorsWithoutOutlier), 3, 4);
        Assert.InRange(Mae(Errors) / Mae(ErrorsWithoutOutlier), 2, 3);
    }

    [Fact]
    public void PitchLength_MatchesTheNotes()
    {
        const double wordsPerMinute = 140;
        Notes.Mention(Topic, "about 210 words");
        Assert.Equal(210, 90 / 60.0 * wordsPerMinute, 9);
    }
}
