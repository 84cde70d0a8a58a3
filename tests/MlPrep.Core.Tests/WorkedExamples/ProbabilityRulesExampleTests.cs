namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.probability-rules: the rain and traffic table and the two coins.</summary>
public sealed class ProbabilityRulesExampleTests
{
    private const string Topic = "math.probability-rules";

    // Rows: rain, no rain. Columns: jam, clear.
    private static readonly double[][] Joint = [[0.12, 0.08], [0.18, 0.62]];

    [Fact]
    public void JointTable_MatchesTheNotes()
    {
        var rain = Joint[0].Sum();
        var jam = Joint.Sum(row => row[0]);
        var jamGivenRain = Joint[0][0] / rain;
        var jamGivenDry = Joint[1][0] / Joint[1].Sum();
        var rainGivenJam = Joint[0][0] / jam;

        Assert.Equal(1, Joint.Sum(row => row.Sum()), 12);
        Notes.Shows(Topic, "0.20", rain);
        Notes.Shows(Topic, "0.30", jam);
        Notes.Shows(Topic, "0.6", jamGivenRain);
        Notes.Shows(Topic, "0.225", jamGivenDry);
        Notes.Shows(Topic, "0.4", rainGivenJam);
        Notes.Shows(Topic, "0.12", jamGivenRain * rain);
        Notes.Shows(Topic, "0.06", rain * jam);
        Assert.NotEqual(rain * jam, Joint[0][0], 6);
    }

    [Fact]
    public void InclusionExclusion_MatchesTheComplement()
    {
        var rain = Joint[0].Sum();
        var jam = Joint.Sum(row => row[0]);
        var union = rain + jam - Joint[0][0];

        Notes.Shows(Topic, "0.38", union);
        Assert.Equal(1 - Joint[1][1], union, 12);
    }

    [Fact]
    public void CoinOfUnknownBias_IsConditionallyButNotMarginallyIndependent()
    {
        double[] heads = [0.5, 0.9];
        var firstHead = heads.Average();
        var twoHeads = heads.Average(p => p * p);

        Notes.Shows(Topic, "0.7", firstHead);
        Notes.Shows(Topic, "0.53", twoHeads);
        Notes.Shows(Topic, "0.49", firstHead * firstHead);
        Notes.Shows(Topic, "0.757", twoHeads / firstHead);
        Notes.Mention(Topic, "Given the coin, the flips are independent.");
    }
}
