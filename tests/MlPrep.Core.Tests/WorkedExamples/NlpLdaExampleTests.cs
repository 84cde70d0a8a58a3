namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.lda: one collapsed Gibbs sampling step for a token of "ball".</summary>
public sealed class NlpLdaExampleTests
{
    private const string Topic = "nlp.lda";
    private const double Alpha = 0.5;
    private const double Beta = 0.1;
    private const int Vocabulary = 4;
    private static readonly double[] DocumentTopic = [1, 3];
    private static readonly double[] WordTopic = [4, 1];
    private static readonly double[] TopicTotal = [10, 12];

    private static double Weight(int k) => (DocumentTopic[k] + Alpha) * (WordTopic[k] + Beta) / (TopicTotal[k] + (Vocabulary * Beta));

    [Fact]
    public void GibbsConditional_MatchesTheNotes()
    {
        var total = Weight(0) + Weight(1);

        Notes.Shows(Topic, "0.3942", (WordTopic[0] + Beta) / (TopicTotal[0] + (Vocabulary * Beta)), 5e-5);
        Notes.Shows(Topic, "0.0887", (WordTopic[1] + Beta) / (TopicTotal[1] + (Vocabulary * Beta)), 5e-5);
        Notes.Shows(Topic, "0.5913", Weight(0), 5e-5);
        Notes.Shows(Topic, "0.3105", Weight(1), 5e-5);
        Notes.Shows(Topic, "0.656", Weight(0) / total);
        Notes.Shows(Topic, "0.344", Weight(1) / total);
    }

    [Fact]
    public void SeparateEvidence_MatchesTheNotes()
    {
        var word = Enumerable.Range(0, 2).Select(k => (WordTopic[k] + Beta) / (TopicTotal[k] + (Vocabulary * Beta))).ToArray();

        Notes.Shows(Topic, "0.816", word[0] / word.Sum());
        Notes.Shows(Topic, "0.184", word[1] / word.Sum());
        Assert.Equal(0.3, (DocumentTopic[0] + Alpha) / (DocumentTopic.Sum() + (2 * Alpha)), 12);
    }

    [Fact]
    public void DocumentMixture_MatchesTheNotes()
    {
        double[] counts = [DocumentTopic[0] + 1, DocumentTopic[1]];
        var length = counts.Sum();

        Assert.Equal(5, length);
        Notes.Shows(Topic, "0.417", (counts[0] + Alpha) / (length + (2 * Alpha)));
        Notes.Shows(Topic, "0.583", (counts[1] + Alpha) / (length + (2 * Alpha)));
    }
}
