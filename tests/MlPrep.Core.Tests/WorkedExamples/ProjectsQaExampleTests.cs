namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.qa: abstention on the SQuAD 2.0 development set and overlapping context windows.</summary>
public sealed class ProjectsQaExampleTests
{
    private const string Topic = "projects.qa";
    private const double Answerable = 5928, Unanswerable = 5945;

    [Fact]
    public void AbstentionScores_MatchTheNotes()
    {
        const double total = Answerable + Unanswerable;

        Notes.Shows(Topic, "11873", total, 0);
        Notes.Shows(Topic, "50.07", 100 * Unanswerable / total, 5e-3);
        Notes.Shows(Topic, "43.9", 88.0 * Answerable / total, 0.05);
        Notes.Shows(Topic, "79.0", ((80.0 * Answerable) + (78.0 * Unanswerable)) / total, 0.05);
    }

    [Fact]
    public void Windows_MatchTheNotes()
    {
        const int context = 900, maxLength = 384, question = 20, special = 3, overlap = 128;
        var room = maxLength - question - special;
        var step = room - overlap;
        var starts = new List<int>();
        for (var start = 0; ; start += step)
        {
            starts.Add(start);
            if (start + room >= context)
            {
                break;
            }
        }

        Notes.Shows(Topic, "361", room, 0);
        Notes.Shows(Topic, "233", step, 0);
        Notes.Mention(Topic, "starting at 0, 233, 466 and 699: 4 windows");
        Assert.Equal(4, starts.Count);
        Assert.Equal(699, starts[^1]);
        Notes.Shows(Topic, "1,060", starts[^1] + room, 0);
    }
}
