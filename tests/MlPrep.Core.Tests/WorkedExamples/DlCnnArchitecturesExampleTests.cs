namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.cnn-architectures: parameter counts of residual, bottleneck, VGG,
/// Inception and DenseNet building blocks, and one convolution's cost in ResNet-50.</summary>
public sealed class DlCnnArchitecturesExampleTests
{
    private const string Topic = "dl.cnn-architectures";

    private static long Conv(long cin, long cout, long k, bool bias = true) => (cout * cin * k * k) + (bias ? cout : 0);

    [Fact]
    public void BlockParameters_MatchTheNotes()
    {
        var basic = 2 * Conv(64, 64, 3, bias: false);
        Notes.Shows(Topic, "73,728", basic, 0);
        Notes.Shows(Topic, "73,984", basic + (4 * 64), 0);

        var bottleneck = Conv(256, 64, 1, false) + Conv(64, 64, 3, false) + Conv(64, 256, 1, false);
        Notes.Shows(Topic, "69,632", bottleneck, 0);
        Notes.Shows(Topic, "1,179,648", 2 * Conv(256, 256, 3, false), 0);

        Notes.Shows(Topic, "102,400", Conv(64, 64, 5, false), 0);
        Notes.Shows(Topic, "15,872", Conv(192, 16, 1, false) + Conv(16, 32, 5, false), 0);
        Notes.Shows(Topic, "153,600", Conv(192, 32, 5, false), 0);
        Notes.Mention(Topic, "64 + 128 + 32 + 32 = 256");
        Notes.Mention(Topic, "$64 + 6 \\cdot 32 = 256$");
    }

    [Fact]
    public void Vgg16Parameters_MatchTheNotes()
    {
        int[] widths = [64, 64, 128, 128, 256, 256, 256, 512, 512, 512, 512, 512, 512];
        long conv = 0;
        long cin = 3;
        foreach (var cout in widths)
        {
            conv += Conv(cin, cout, 3);
            cin = cout;
        }

        var dense = Conv(512 * 7 * 7, 4096, 1) + Conv(4096, 4096, 1) + Conv(4096, 1000, 1);
        Notes.Shows(Topic, "14,714,688", conv, 0);
        Notes.Shows(Topic, "138,357,544", conv + dense, 0);
        Notes.Shows(Topic, "10.6", 100.0 * conv / (conv + dense), 0.05);
    }

    [Fact]
    public void ResNet50ShapesAndCost_MatchTheNotes()
    {
        static int Out(int size, int kernel, int stride, int padding) => ((size + (2 * padding) - kernel) / stride) + 1;

        var stem = Out(224, 7, 2, 3);
        Assert.Equal(112, stem);
        Assert.Equal(56, Out(stem, 3, 2, 1));
        Notes.Mention(Topic, "(32, 2048, 7, 7)");
        Notes.Shows(Topic, "115,605,504", 56L * 56 * Conv(64, 64, 3, false), 0);
    }
}
