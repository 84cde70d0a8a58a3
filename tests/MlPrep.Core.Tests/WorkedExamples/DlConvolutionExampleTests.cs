using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.convolution: a 3x3 Sobel filter on a 4x4 input, and the shapes,
/// parameters and multiply-adds of a two-layer network.</summary>
public sealed class DlConvolutionExampleTests
{
    private const string Topic = "dl.convolution";
    private static readonly double[][] Input = [[1, 2, 0, 3], [4, 1, 1, 0], [0, 2, 3, 1], [2, 0, 1, 2]];
    private static readonly double[][] Sobel = [[1, 0, -1], [2, 0, -2], [1, 0, -1]];

    private static int OutputSize(int size, int kernel, int stride, int padding) => ((size + (2 * padding) - kernel) / stride) + 1;

    private static double[][] CrossCorrelate(double[][] x, double[][] w, int stride, int padding)
    {
        var n = x.Length;
        var k = w.Length;
        var m = OutputSize(n, k, stride, padding);
        double At(int i, int j) => i < 0 || j < 0 || i >= n || j >= n ? 0 : x[i][j];
        var y = new double[m][];
        for (var i = 0; i < m; i++)
        {
            y[i] = new double[m];
            for (var j = 0; j < m; j++)
            {
                for (var u = 0; u < k; u++)
                {
                    for (var v = 0; v < k; v++)
                    {
                        y[i][j] += w[u][v] * At((i * stride) + u - padding, (j * stride) + v - padding);
                    }
                }
            }
        }

        return y;
    }

    private static string Matrix(double[][] y) =>
        string.Create(CultureInfo.InvariantCulture, $"\\begin{{pmatrix}} {y[0][0]} & {y[0][1]} \\\\ {y[1][0]} & {y[1][1]} \\end{{pmatrix}}");

    [Fact]
    public void SobelOutputs_MatchTheNotes()
    {
        var valid = CrossCorrelate(Input, Sobel, 1, 0);
        Assert.Equal(2, valid.Length);
        Notes.Mention(Topic, "$Y_{0,0} = 4$");
        Notes.Mention(Topic, "$Y = " + Matrix(valid) + "$");

        Assert.Equal(4, CrossCorrelate(Input, Sobel, 1, 1).Length);
        Notes.Mention(Topic, Matrix(CrossCorrelate(Input, Sobel, 2, 1)));

        var flipped = Enumerable.Reverse(Sobel).Select(row => Enumerable.Reverse(row).ToArray()).ToArray();
        Notes.Mention(Topic, Matrix(CrossCorrelate(Input, flipped, 1, 0)));
    }

    [Fact]
    public void NetworkShapesParametersAndCost_MatchTheNotes()
    {
        var first = OutputSize(32, 3, 1, 1);
        var second = OutputSize(first, 3, 2, 1);
        Notes.Mention(Topic, string.Create(CultureInfo.InvariantCulture, $"(8, 16, {first}, {first})"));
        Notes.Mention(Topic, string.Create(CultureInfo.InvariantCulture, $"(8, 32, {second}, {second})"));

        Notes.Shows(Topic, "448", (16 * 3 * 9) + 16, 0);
        Notes.Shows(Topic, "4,640", (32 * 16 * 9) + 32, 0);
        Notes.Shows(Topic, "442,368", first * first * 16 * 3 * 9, 0);
        Notes.Shows(Topic, "1,179,648", second * second * 32 * 16 * 9, 0);
        Notes.Shows(Topic, "656", (16 * 9) + (16 * 32), 0);
        Notes.Shows(Topic, "4,608", 32 * 16 * 9, 0);
        Assert.InRange(3.0 * 32 * 32 * 16 * 32 * 32, 50e6, 51e6);
    }
}
