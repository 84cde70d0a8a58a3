namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.pooling: 2x2 max and average pooling of a 4x4 map, their backward
/// passes, global pooling, and the ResNet-50 head with and without global average pooling.</summary>
public sealed class DlPoolingExampleTests
{
    private const string Topic = "dl.pooling";
    private static readonly double[][] Input = [[1, 3, 2, 0], [5, 2, 1, 4], [0, 1, 6, 2], [2, 1, 3, 1]];
    private static readonly double[][] Upstream = [[1, -1], [2, 0.5]];

    private static double[] Window(int i, int j) =>
        [Input[2 * i][2 * j], Input[2 * i][(2 * j) + 1], Input[(2 * i) + 1][2 * j], Input[(2 * i) + 1][(2 * j) + 1]];

    [Fact]
    public void ForwardPooling_MatchesTheNotes()
    {
        Notes.Mention(Topic, "Y^{\\max} = \\begin{pmatrix} 5 & 4 \\\\ 2 & 6 \\end{pmatrix}");
        double[] expectedMax = [5, 4, 2, 6];
        double[] actualMax = [Window(0, 0).Max(), Window(0, 1).Max(), Window(1, 0).Max(), Window(1, 1).Max()];
        Assert.Equal(expectedMax, actualMax);

        Notes.Shows(Topic, "2.75", Window(0, 0).Average(), 1e-12);
        Notes.Shows(Topic, "1.75", Window(0, 1).Average(), 1e-12);
        Notes.Shows(Topic, "1.0", Window(1, 0).Average(), 1e-12);
        Notes.Shows(Topic, "3.0", Window(1, 1).Average(), 1e-12);

        var all = Input.SelectMany(row => row).ToArray();
        Notes.Shows(Topic, "2.125", all.Average(), 1e-12);
        Notes.Mention(Topic, "global max pooling gives 6");
        Assert.Equal(6, all.Max());
    }

    [Fact]
    public void BackwardPooling_MatchesTheNotes()
    {
        // Max pooling: each window's gradient lands on its unique maximum; the other 12 inputs get zero.
        var maxGrad = new double[4, 4];
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                var window = Window(i, j);
                var k = Array.IndexOf(window, window.Max());
                maxGrad[(2 * i) + (k / 2), (2 * j) + (k % 2)] = Upstream[i][j];
            }
        }

        Assert.Equal(1, maxGrad[1, 0]);
        Assert.Equal(-1, maxGrad[1, 3]);
        Assert.Equal(2, maxGrad[3, 0]);
        Assert.Equal(0.5, maxGrad[2, 2]);
        Assert.Equal(12, maxGrad.Cast<double>().Count(g => g == 0));
        Notes.Mention(Topic, "zero on the other 12 inputs");

        Notes.Shows(Topic, "0.25", Upstream[0][0] / 4, 1e-12);
        Notes.Shows(Topic, "0.125", Upstream[1][1] / 4, 1e-12);
        Notes.Mention(Topic, "$-0.25$, 0.5 and 0.125");
    }

    [Fact]
    public void ResNetHead_MatchesTheNotes()
    {
        static int Pooled(int size, int kernel, int stride, int padding) => ((size + (2 * padding) - kernel) / stride) + 1;

        Notes.Mention(Topic, "(32, 64, 56, 56)");
        Assert.Equal(56, Pooled(112, 3, 2, 1));
        Notes.Shows(Topic, "100,352,000", 2048 * 7 * 7 * 1000, 0);
        Assert.Equal(49, 2048 * 7 * 7 * 1000 / (2048 * 1000));
    }
}
