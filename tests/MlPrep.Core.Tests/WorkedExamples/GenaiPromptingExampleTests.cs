namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.prompting: temperature-scaled softmax, top-k, top-p and min-p filtering, beam versus greedy, and a self-consistency vote.</summary>
public sealed class GenaiPromptingExampleTests
{
    private const string Topic = "genai.prompting";
    private static readonly double[] Logits = [2.0, 1.0, 0.5, 0.0, -1.0];
    private static readonly int[] SampledAnswers = [18, 18, 20, 18, 26];

    private static double[] Softmax(double temperature)
    {
        var weights = Logits.Select(z => Math.Exp(z / temperature)).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => w / total)];
    }

    [Fact]
    public void TemperatureTable_MatchesTheNotes()
    {
        var one = Softmax(1);
        var half = Softmax(0.5);
        var two = Softmax(2);

        Notes.Shows(Topic, "0.563", one[0]);
        Notes.Shows(Topic, "0.207", one[1]);
        Notes.Shows(Topic, "0.028", one[4]);
        Notes.Shows(Topic, "0.829", half[0]);
        Notes.Shows(Topic, "0.112", half[1]);
        Notes.Shows(Topic, "0.375", two[0]);
        Notes.Shows(Topic, "0.084", two[4]);
        Notes.Shows(Topic, "1.206", -one.Sum(p => p * Math.Log(p)));
    }

    [Fact]
    public void Truncation_MatchesTheNotes()
    {
        var p = Softmax(1);
        var cumulative = 0.0;
        var nucleus = p.TakeWhile(x => (cumulative += x) - x < 0.9).ToArray();

        Notes.Shows(Topic, "0.731", p[0] / (p[0] + p[1]));
        Notes.Shows(Topic, "0.896", p.Take(3).Sum());
        Notes.Shows(Topic, "0.972", p.Take(4).Sum());
        Assert.Equal(4, nucleus.Length);
        Notes.Shows(Topic, "0.579", p[0] / nucleus.Sum());
        Notes.Shows(Topic, "0.078", p[3] / nucleus.Sum());
        Notes.Shows(Topic, "0.056", 0.1 * p.Max());
        Assert.Equal(4, p.Count(x => x >= 0.1 * p.Max()));
    }

    [Fact]
    public void BeamAndVote_MatchTheNotes()
    {
        const double greedy = 0.5 * 0.4, beam = 0.4 * 0.9;
        var vote = SampledAnswers.GroupBy(a => a).OrderByDescending(g => g.Count()).First().Key;

        Notes.Shows(Topic, "0.36", beam, 1e-12);
        Notes.Shows(Topic, "-1.022", Math.Log(beam));
        Notes.Shows(Topic, "-1.609", Math.Log(greedy));
        Assert.Equal(18, vote);
        Notes.Mention(Topic, "the vote returns 18");
    }
}
