namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.gan-variants: the DCGAN generator's shapes, weights and cost, the gradient penalty and a cycle loss.</summary>
public sealed class GenaiGanVariantsExampleTests
{
    private const string Topic = "genai.gan-variants";
    private static readonly int[] Channels = [100, 512, 256, 128, 64, 3];
    private static readonly double[] Original = [0.2, -0.4, 0.6];
    private static readonly double[] Reconstructed = [0.1, -0.1, 0.6];

    private static int TransposedHeight(int height, int stride, int padding) => ((height - 1) * stride) - (2 * padding) + 4;

    [Fact]
    public void DcganGenerator_MatchesTheNotes()
    {
        var height = 1;
        long weights = 0, multiplyAdds = 0;
        var perLayer = new List<long>();
        for (var i = 0; i < Channels.Length - 1; i++)
        {
            var stride = i == 0 ? 1 : 2;
            var padding = i == 0 ? 0 : 1;
            var layerWeights = (long)Channels[i] * Channels[i + 1] * 16;
            multiplyAdds += layerWeights * height * height;
            weights += layerWeights;
            perLayer.Add(layerWeights);
            height = TransposedHeight(height, stride, padding);
        }

        const int batchNorm = 2 * (512 + 256 + 128 + 64);
        Assert.Equal(64, height);
        Notes.Shows(Topic, "819,200", perLayer[0], 0);
        Notes.Shows(Topic, "2,097,152", perLayer[1], 0);
        Notes.Shows(Topic, "3,574,784", weights, 0);
        Notes.Shows(Topic, "1,920", batchNorm, 0);
        Notes.Shows(Topic, "3,576,704", weights + batchNorm, 0);
        Notes.Shows(Topic, "104.6", multiplyAdds / 1e6, 0.05);
        Notes.Mention(Topic, "$(B, 3, 64, 64)$");
    }

    [Fact]
    public void PenaltyAndCycleLoss_MatchTheNotes()
    {
        const double lambda = 10, gradientNorm = 1.3;
        var cycle = Original.Zip(Reconstructed, (x, r) => Math.Abs(x - r)).Average();

        Notes.Shows(Topic, "0.9", lambda * (gradientNorm - 1) * (gradientNorm - 1), 1e-12);
        Notes.Shows(Topic, "0.133", cycle);
        Assert.Equal(32, TransposedHeight(16, 2, 1));
    }
}
