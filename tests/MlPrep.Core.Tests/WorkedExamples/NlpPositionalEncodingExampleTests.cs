namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.positional-encoding: sinusoidal codes for d = 4 and a RoPE pair with theta = 1.</summary>
public sealed class NlpPositionalEncodingExampleTests
{
    private const string Topic = "nlp.positional-encoding";
    private static readonly double[] Query = [1, 2];
    private static readonly double[] Key = [3, 1];

    private static double[] Sinusoidal(double pos, int d) =>
        [.. Enumerable.Range(0, d).Select(j =>
        {
            var angle = pos / Math.Pow(10000, 2.0 * (j / 2) / d);
            return j % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle);
        })];

    private static double[] Rotate(double[] v, double angle) =>
        [Math.Cos(angle) * v[0] - Math.Sin(angle) * v[1], Math.Sin(angle) * v[0] + Math.Cos(angle) * v[1]];

    private static double RopeScore(int m, int n)
    {
        var q = Rotate(Query, m);
        var k = Rotate(Key, n);
        return q[0] * k[0] + q[1] * k[1];
    }

    [Fact]
    public void SinusoidalTable_MatchesTheNotes()
    {
        var one = Sinusoidal(1, 4);
        var two = Sinusoidal(2, 4);

        Notes.Shows(Topic, "0.8415", one[0]);
        Notes.Shows(Topic, "0.5403", one[1]);
        Notes.Shows(Topic, "0.0100", one[2]);
        Notes.Shows(Topic, "0.9093", two[0]);
        Notes.Shows(Topic, "-0.4161", two[1]);
        Notes.Shows(Topic, "0.0200", two[2]);
        Notes.Shows(Topic, "0.9998", two[3]);
    }

    [Fact]
    public void RopeScores_DependOnlyOnTheOffset()
    {
        var rotatedQuery = Rotate(Query, 2);
        var rotatedKey = Rotate(Key, 1);

        Notes.Shows(Topic, "-2.2347", rotatedQuery[0]);
        Notes.Shows(Topic, "0.0770", rotatedQuery[1]);
        Notes.Shows(Topic, "0.7794", rotatedKey[0]);
        Notes.Shows(Topic, "3.0647", rotatedKey[1]);
        Notes.Shows(Topic, "-1.5058", RopeScore(2, 1));
        Assert.Equal(RopeScore(2, 1), RopeScore(5, 4), 12);
        Assert.Equal(5 * Math.Cos(-1) + 5 * Math.Sin(-1), RopeScore(2, 1), 12);
        Notes.Shows(Topic, "6.9089", RopeScore(1, 2));
    }

    [Fact]
    public void LearnedTables_MatchTheNotes()
    {
        Assert.Equal(393_216, 512 * 768);
        Notes.Mention(Topic, "393{,}216");
        Assert.Equal(786_432, 1024 * 768);
        Notes.Mention(Topic, "786{,}432");
    }
}
