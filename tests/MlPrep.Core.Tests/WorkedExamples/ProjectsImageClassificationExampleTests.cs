namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.image-classification: a VGG-style network's sizes, parameters and multiply-accumulates.</summary>
public sealed class ProjectsImageClassificationExampleTests
{
    private const string Topic = "projects.image-classification";
    private static readonly (int In, int Out)[] Convs = [(3, 32), (32, 32), (32, 64), (64, 64), (64, 128), (128, 128)];

    private static int OutputSize(int width, int kernel, int padding, int stride) => ((width - kernel + (2 * padding)) / stride) + 1;

    private static int Parameters((int In, int Out) conv) => (conv.In * 9 * conv.Out) + conv.Out;

    [Fact]
    public void Parameters_MatchTheTable()
    {
        var dense = (128 * 4 * 4 * 10) + 10;

        Notes.Shows(Topic, "896", Parameters(Convs[0]), 0);
        Notes.Shows(Topic, "9,248", Parameters(Convs[1]), 0);
        Notes.Shows(Topic, "36,928", Parameters(Convs[3]), 0);
        Notes.Shows(Topic, "147,584", Parameters(Convs[5]), 0);
        Notes.Shows(Topic, "20,490", dense, 0);
        Notes.Shows(Topic, "307,498", Convs.Sum(Parameters) + dense, 0);
    }

    [Fact]
    public void SizesAndCompute_MatchTheNotes()
    {
        var side = 32;
        var perLayer = new List<double>();
        foreach (var (index, conv) in Convs.Index())
        {
            perLayer.Add((double)side * side * conv.Out * conv.In * 9);
            if (index % 2 == 1)
            {
                side /= 2;
            }
        }

        var secondConvs = perLayer.Where((_, i) => i % 2 == 1).ToArray();
        Assert.All(secondConvs, m => Assert.Equal(secondConvs[0], m));

        Notes.Shows(Topic, "32", OutputSize(32, 3, 1, 1), 0);
        Notes.Shows(Topic, "884,736", 32 * 32 * 32 * 27, 0);
        Notes.Shows(Topic, "38.6", perLayer.Sum() / 1e6, 0.05);
        Notes.Shows(Topic, "9.44", secondConvs[0] / 1e6, 5e-3);
        Notes.Shows(Topic, "112", OutputSize(224, 7, 3, 2), 0);
    }
}
