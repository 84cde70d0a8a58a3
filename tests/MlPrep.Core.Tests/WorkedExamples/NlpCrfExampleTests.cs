namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.crf: a two-token, two-tag linear-chain CRF over "John Smith".</summary>
public sealed class NlpCrfExampleTests
{
    private const string Topic = "nlp.crf";
    private const int Outside = 0;
    private const int Person = 1;

    // Emission scores per token (John, Smith) and tag (O, PER); transition scores from row tag to column tag.
    private static readonly double[][] Emissions = [[0.5, 2.0], [1.0, 0.9]];
    private static readonly double[][] Transitions = [[0.3, -0.5], [0.0, 1.0]];

    private static double Score(int first, int second) => Emissions[0][first] + Emissions[1][second] + Transitions[first][second];

    private static double LogPartition => Math.Log(Enumerable.Range(0, 2).Sum(a => Enumerable.Range(0, 2).Sum(b => Math.Exp(Score(a, b)))));

    private static double LogSumExp(IEnumerable<double> values) => Math.Log(values.Sum(Math.Exp));

    [Fact]
    public void PathScoresAndPartition_MatchTheNotes()
    {
        Notes.Shows(Topic, "1.8", Score(Outside, Outside), 1e-12);
        Notes.Shows(Topic, "3.9", Score(Person, Person), 1e-12);
        Notes.Shows(Topic, "49.402", Math.Exp(Score(Person, Person)));
        Notes.Shows(Topic, "77.997", Math.Exp(LogPartition));
        Notes.Shows(Topic, "4.3567", LogPartition, 5e-5);
        Notes.Shows(Topic, "0.633", Math.Exp(Score(Person, Person) - LogPartition));
        Notes.Shows(Topic, "0.258", Math.Exp(Score(Person, Outside) - LogPartition));
    }

    [Fact]
    public void ForwardAlgorithm_ReproducesThePartition()
    {
        double[] alpha1 = [Emissions[0][Outside], Emissions[0][Person]];
        double[] alpha2 = [.. Enumerable.Range(0, 2).Select(j => LogSumExp(Enumerable.Range(0, 2).Select(i => alpha1[i] + Transitions[i][j])) + Emissions[1][j])];

        Notes.Shows(Topic, "3.2633", alpha2[Outside], 5e-5);
        Notes.Shows(Topic, "3.9486", alpha2[Person], 5e-5);
        Assert.Equal(LogPartition, LogSumExp(alpha2), 12);
    }

    [Fact]
    public void JointDecodingBeatsPerTokenSoftmax()
    {
        var smithOutside = Math.Exp(Emissions[1][Outside]) / Emissions[1].Sum(Math.Exp);

        Notes.Shows(Topic, "0.525", smithOutside);
        Notes.Shows(Topic, "0.457", LogPartition - Score(Person, Person));
        Assert.True(Score(Person, Person) > Score(Person, Outside));
        Notes.Mention(Topic, "The CRF's Viterbi path is PER PER");
        Notes.Shows(Topic, "4617", (512 * 9) + 9, 0);
    }
}
