namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.speech-recognition: a word error rate by edit distance, frame rates and stream counts.</summary>
public sealed class SysdesignSpeechRecognitionExampleTests
{
    private const string Topic = "sysdesign.speech-recognition";
    private static readonly string[] Reference = ["set", "a", "timer", "for", "ten", "minutes"];
    private static readonly string[] Hypothesis = ["set", "the", "timer", "for", "ten", "minute", "please"];

    private static int EditDistance(string[] reference, string[] hypothesis)
    {
        var d = new int[reference.Length + 1, hypothesis.Length + 1];
        for (var i = 0; i <= reference.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= hypothesis.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= reference.Length; i++)
        {
            for (var j = 1; j <= hypothesis.Length; j++)
            {
                var substitution = d[i - 1, j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
                d[i, j] = Math.Min(substitution, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
            }
        }

        return d[reference.Length, hypothesis.Length];
    }

    [Fact]
    public void WordErrorRate_MatchesTheNotes()
    {
        var errors = EditDistance(Reference, Hypothesis);

        Assert.Equal(3, errors);
        Notes.Shows(Topic, "0.5", errors / (double)Reference.Length, 1e-12);
        Notes.Mention(Topic, "2 substitutions and 1 insertion over 6 words give WER 0.5");
    }

    [Fact]
    public void FramesStreamsAndGpus_MatchTheNotes()
    {
        const double audioSeconds = 100e6 * 10 * 4;
        var average = audioSeconds / 86_400;
        var peak = 2 * average;

        Notes.Shows(Topic, "100", 1000 / 10.0, 0);
        Notes.Shows(Topic, "25", 100 / 4.0, 0);
        Notes.Shows(Topic, "1.11", audioSeconds / 3600 / 1e6, 0.005);
        Notes.Shows(Topic, "46,296", average, 0.5);
        Notes.Shows(Topic, "92,593", peak, 0.5);
        Notes.Shows(Topic, "186", Math.Ceiling(peak / 500), 0);
        Notes.Shows(Topic, "128", audioSeconds * 16_000 * 2 / 1e12, 1e-9);
    }
}
