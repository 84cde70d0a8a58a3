namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.text-classification: negation with and without a bigram feature, and a spam filter's metrics.</summary>
public sealed class NlpTextClassificationExampleTests
{
    private const string Topic = "nlp.text-classification";
    private const double Good = 1.5;
    private const double Not = -0.4;
    private const double NotGood = -2.5;

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    [Fact]
    public void BigramFixesNegation()
    {
        const double unigramScore = Not + Good;
        const double bigramScore = unigramScore + NotGood;

        Notes.Shows(Topic, "1.1", unigramScore, 1e-12);
        Notes.Shows(Topic, "0.750", Sigmoid(unigramScore));
        Notes.Shows(Topic, "-1.4", bigramScore, 1e-12);
        Notes.Shows(Topic, "0.198", Sigmoid(bigramScore));
    }

    [Fact]
    public void SpamMetrics_MatchTheNotes()
    {
        const double messages = 1000, spam = 100, flagged = 120, caught = 90;
        const double falsePositives = flagged - caught;
        const double trueNegatives = messages - spam - falsePositives;
        const double precision = caught / flagged;
        const double recall = caught / spam;

        Notes.Shows(Topic, "0.75", precision, 1e-12);
        Notes.Shows(Topic, "0.9", recall, 1e-12);
        Notes.Shows(Topic, "0.818", 2 * precision * recall / (precision + recall));
        Notes.Shows(Topic, "0.96", (caught + trueNegatives) / messages, 1e-12);
        Notes.Shows(Topic, "0.90", (messages - spam) / messages, 1e-12);
        Notes.Shows(Topic, "3.3", 100 * falsePositives / (messages - spam), 0.05);
    }

    [Fact]
    public void ClassificationHead_MatchesTheNotes()
    {
        Notes.Shows(Topic, "1538", (768 * 2) + 2, 0);
        Notes.Mention(Topic, "$(32, 768)$");
    }
}
