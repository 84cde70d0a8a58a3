namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.audio-generation: WaveNet receptive field, parameters and cost, mu-law levels, and codec token rates.</summary>
public sealed class GenaiAudioGenerationExampleTests
{
    private const string Topic = "genai.audio-generation";
    private const double Mu = 255;

    private static double MuLaw(double x) => Math.Sign(x) * Math.Log(1 + (Mu * Math.Abs(x))) / Math.Log(1 + Mu);

    private static int Level(double companded) => (int)Math.Round(255 * (companded + 1) / 2, MidpointRounding.AwayFromZero);

    [Fact]
    public void ReceptiveField_MatchesTheNotes()
    {
        var oneStack = Enumerable.Range(0, 10).Sum(i => 1 << i);

        Assert.Equal(1023, oneStack);
        Notes.Shows(Topic, "1024", oneStack + 1, 0);
        Notes.Shows(Topic, "3070", (3 * oneStack) + 1, 0);
        Notes.Shows(Topic, "191.9", ((3 * oneStack) + 1) / 16.0, 0.05);
    }

    [Fact]
    public void ResidualLayerParameters_MatchTheNotes()
    {
        const int c = 64, s = 256, layers = 30;
        var gated = 2 * ((2 * c * c) + c);
        var residual = (c * c) + c;
        var skip = (c * s) + s;
        var perLayer = gated + residual + skip;

        Notes.Mention(Topic, "16{,}512");
        Assert.Equal(16_512, gated);
        Notes.Shows(Topic, "4160", residual, 0);
        Assert.Equal(16_640, skip);
        Notes.Mention(Topic, "37,312 in all, so 30 layers hold 1,119,360");
        Assert.Equal(1_119_360, layers * perLayer);
        Notes.Shows(Topic, "35.8", 2.0 * layers * perLayer * 16000 / 1e9, 0.05);
    }

    [Fact]
    public void MuLawLevels_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.228", MuLaw(0.01));
        Notes.Shows(Topic, "157", Level(MuLaw(0.01)), 0);
        Notes.Shows(Topic, "129", Level(0.01), 0);
        Notes.Shows(Topic, "0.876", MuLaw(0.5));
        Notes.Shows(Topic, "239", Level(MuLaw(0.5)), 0);
    }

    [Fact]
    public void CodecTokenRates_MatchTheNotes()
    {
        Notes.Shows(Topic, "6000", 75 * 8 * Math.Log2(1024), 1e-9);
        Notes.Mention(Topic, "about 1,500 steps with the delay pattern, against 6,000");
        Assert.Equal(1500, 50 * 30);
        Assert.Equal(6000, 50 * 30 * 4);
    }
}
