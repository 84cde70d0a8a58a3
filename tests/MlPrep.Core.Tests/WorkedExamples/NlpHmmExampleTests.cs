namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.hmm: forward and Viterbi on a two-tag model for "fish sleep".</summary>
public sealed class NlpHmmExampleTests
{
    private const string Topic = "nlp.hmm";
    private const int Noun = 0;
    private const int Verb = 1;
    private const int Fish = 0;
    private const int Sleep = 1;
    private static readonly double[] Initial = [0.7, 0.3];
    private static readonly double[][] Transition = [[0.4, 0.6], [0.8, 0.2]];
    private static readonly double[][] Emission = [[0.7, 0.3], [0.4, 0.6]];
    private static readonly int[] Observations = [Fish, Sleep];

    private static double[] Step(double[] previous, int observation, Func<IEnumerable<double>, double> combine) =>
        [.. Enumerable.Range(0, 2).Select(j => combine(Enumerable.Range(0, 2).Select(i => previous[i] * Transition[i][j])) * Emission[j][observation])];

    private static double[] First => [.. Enumerable.Range(0, 2).Select(j => Initial[j] * Emission[j][Observations[0]])];

    [Fact]
    public void Forward_MatchesTheNotes()
    {
        var alpha2 = Step(First, Observations[1], s => s.Sum());

        Notes.Shows(Topic, "0.49", First[Noun], 1e-12);
        Notes.Shows(Topic, "0.12", First[Verb], 1e-12);
        Notes.Shows(Topic, "0.0876", alpha2[Noun], 1e-12);
        Notes.Shows(Topic, "0.1908", alpha2[Verb], 1e-12);
        Notes.Shows(Topic, "0.2784", alpha2.Sum(), 1e-12);
    }

    [Fact]
    public void Viterbi_MatchesTheNotes()
    {
        var delta2 = Step(First, Observations[1], s => s.Max());
        var likelihood = Step(First, Observations[1], s => s.Sum()).Sum();

        Notes.Shows(Topic, "0.0588", delta2[Noun], 1e-12);
        Notes.Shows(Topic, "0.1764", delta2[Verb], 1e-12);
        Assert.True(delta2[Verb] > delta2[Noun]);
        Assert.True(First[Noun] * Transition[Noun][Verb] > First[Verb] * Transition[Verb][Verb]);
        Notes.Mention(Topic, "The best path is N V");
        Notes.Shows(Topic, "0.634", Path(Noun, Verb) / likelihood);
    }

    [Fact]
    public void PathPosteriors_MatchTheNotes()
    {
        var likelihood = Step(First, Observations[1], s => s.Sum()).Sum();

        Notes.Shows(Topic, "0.211", Path(Noun, Noun) / likelihood);
        Notes.Shows(Topic, "0.103", Path(Verb, Noun) / likelihood);
        Notes.Shows(Topic, "0.052", Path(Verb, Verb) / likelihood);
        Notes.Shows(Topic, "0.845", (Path(Noun, Noun) + Path(Noun, Verb)) / likelihood);
    }

    private static double Path(int first, int second) =>
        Initial[first] * Emission[first][Observations[0]] * Transition[first][second] * Emission[second][Observations[1]];
}
