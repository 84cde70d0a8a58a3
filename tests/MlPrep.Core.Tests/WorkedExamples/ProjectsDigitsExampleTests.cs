namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.digits: shapes and parameter counts of the CNN and the MLP, and error reduction.</summary>
public sealed class ProjectsDigitsExampleTests
{
    private const string Topic = "projects.digits";

    private static int Conv3x3(int inChannels, int outChannels) => (inChannels * 9 * outChannels) + outChannels;

    private static int Dense(int inputs, int outputs) => (inputs * outputs) + outputs;

    [Fact]
    public void CnnParameters_MatchTheTable()
    {
        var side = 28 / 2 / 2;
        var flat = 64 * side * side;
        var total = Conv3x3(1, 32) + Conv3x3(32, 64) + Dense(flat, 128) + Dense(128, 10);

        Notes.Mention(Topic, "$B \\times 64 \\times 7 \\times 7$");
        Notes.Shows(Topic, "320", Conv3x3(1, 32), 0);
        Notes.Shows(Topic, "18,496", Conv3x3(32, 64), 0);
        Notes.Shows(Topic, "3136", flat, 0);
        Notes.Shows(Topic, "401,536", Dense(flat, 128), 0);
        Notes.Shows(Topic, "1,290", Dense(128, 10), 0);
        Notes.Shows(Topic, "421,642", total, 0);
        Notes.Shows(Topic, "95", 100.0 * Dense(flat, 128) / total, 0.5);
    }

    [Fact]
    public void MlpAndErrorReduction_MatchTheNotes()
    {
        const double testImages = 10000;
        var errorsBefore = testImages * (1 - 0.97);
        var errorsAfter = testImages * (1 - 0.99);

        Notes.Shows(Topic, "203,530", Dense(784, 256) + Dense(256, 10), 0);
        Notes.Shows(Topic, "300", errorsBefore, 1e-6);
        Notes.Shows(Topic, "66.7", 100 * (errorsBefore - errorsAfter) / errorsBefore, 0.05);
        Notes.Shows(Topic, "0.001", Math.Sqrt(0.99 * 0.01 / testImages), 1e-5);
    }
}
