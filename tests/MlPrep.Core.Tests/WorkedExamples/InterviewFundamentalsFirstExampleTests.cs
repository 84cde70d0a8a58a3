namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of interview.fundamentals-first: the spam filter's confusion matrix,
/// its metrics and the never-spam baseline.</summary>
public sealed class InterviewFundamentalsFirstExampleTests
{
    private const string Topic = "interview.fundamentals-first";
    private const double Emails = 1000;
    private const double Spam = 100;
    private const double Flagged = 60;
    private const double FlaggedSpam = 45;

    [Fact]
    public void ConfusionMatrix_MatchesTheNotes()
    {
        var tp = FlaggedSpam;
        var fp = Flagged - FlaggedSpam;
        var fn = Spam - FlaggedSpam;
        var tn = Emails - tp - fp - fn;

        Notes.Mention(Topic, "TP = 45");
        Notes.Shows(Topic, "15", fp, 0);
        Notes.Shows(Topic, "55", fn, 0);
        Notes.Shows(Topic, "885", tn, 0);
    }

    [Fact]
    public void Metrics_MatchTheNotes()
    {
        var tp = FlaggedSpam;
        var fp = Flagged - FlaggedSpam;
        var fn = Spam - FlaggedSpam;
        var tn = Emails - tp - fp - fn;
        var precision = tp / (tp + fp);
        var recall = tp / (tp + fn);

        Notes.Shows(Topic, "0.93", (tp + tn) / Emails, 1e-12);
        Notes.Shows(Topic, "0.90", (Emails - Spam) / Emails, 1e-12);
        Notes.Shows(Topic, "0.75", precision, 1e-12);
        Notes.Shows(Topic, "0.45", recall, 1e-12);
        Notes.Shows(Topic, "0.5625", 2 * precision * recall / (precision + recall), 1e-12);
    }
}
