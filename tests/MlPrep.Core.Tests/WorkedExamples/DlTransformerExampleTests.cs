namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.transformer: parameter counts of encoder and decoder layers, forward
/// FLOPs at 512 tokens, a sinusoidal position value, and the KV-cache size with and without GQA.</summary>
public sealed class DlTransformerExampleTests
{
    private const string Topic = "dl.transformer";
    private const long D = 512;
    private const long Ff = 2048;

    [Fact]
    public void LayerParameters_MatchTheNotes()
    {
        const long attention = (4 * D * D) + (4 * D);
        const long ffn = (2 * D * Ff) + Ff + D;
        const long layerNorm = 2 * D;
        Notes.Shows(Topic, "1,050,624", attention, 0);
        Notes.Shows(Topic, "2,099,712", ffn, 0);
        Notes.Shows(Topic, "2,048", 2 * layerNorm, 0);

        const long encoder = attention + ffn + (2 * layerNorm);
        const long decoder = (2 * attention) + ffn + (3 * layerNorm);
        Notes.Shows(Topic, "3,152,384", encoder, 0);
        Assert.Equal((12 * D * D) + (13 * D), encoder);
        Notes.Shows(Topic, "4,204,032", decoder, 0);
        Notes.Shows(Topic, "44.1", 6.0 * (encoder + decoder) / 1e6, 0.05);
        Notes.Shows(Topic, "18.9", 37_000.0 * D / 1e6, 0.05);
    }

    [Fact]
    public void ComputeAndPositions_MatchTheNotes()
    {
        const double t = 512;
        Notes.Shows(Topic, "3.22", 24 * t * D * D / 1e9, 5e-3);
        Notes.Shows(Topic, "0.54", 4 * t * t * D / 1e9, 5e-3);
        Assert.Equal(24 * 3072 * D * D, 4 * 3072 * 3072 * D);
        Notes.Mention(Topic, "$T = 6d = 3072$");

        Notes.Shows(Topic, "0.841", Math.Sin(1));
        Notes.Shows(Topic, "0.540", Math.Cos(1));
    }

    [Fact]
    public void KvCache_MatchesTheNotes()
    {
        const double layers = 32, width = 4096, bytes = 2, context = 4096;
        var perToken = 2 * layers * width * bytes;
        Notes.Shows(Topic, "0.5", perToken / Math.Pow(2, 20), 1e-12);
        Notes.Mention(Topic, "2 GiB for a 4096-token context");
        Assert.Equal(2, perToken * context / Math.Pow(2, 30), 12);
        Notes.Mention(Topic, "cuts this to 0.5 GiB");
        Assert.Equal(0.5, perToken * context * 8 / 32 / Math.Pow(2, 30), 12);
    }
}
