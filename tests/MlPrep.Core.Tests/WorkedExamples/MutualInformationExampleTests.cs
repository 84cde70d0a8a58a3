namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.mutual-information, recomputed from its 2x2 joint table.</summary>
public sealed class MutualInformationExampleTests
{
    private const string Topic = "math.mutual-information";

    // Rows are X = 0, 1; columns are Y = 0, 1.
    private static readonly double[][] Joint = [[0.3, 0.2], [0.1, 0.4]];

    private static double Bits(IEnumerable<double> p) => -p.Where(x => x > 0).Sum(x => x * Math.Log2(x));

    private static double[] RowMarginal(double[][] t) => t.Select(row => row.Sum()).ToArray();

    private static double[] ColumnMarginal(double[][] t) => [t.Sum(row => row[0]), t.Sum(row => row[1])];

    private static double[] CellTerms(double[][] t)
    {
        var px = RowMarginal(t);
        var py = ColumnMarginal(t);
        return [.. from i in Enumerable.Range(0, 2)
                   from j in Enumerable.Range(0, 2)
                   select t[i][j] * Math.Log2(t[i][j] / (px[i] * py[j]))];
    }

    [Fact]
    public void EntropyRoute_MatchesTheNotes()
    {
        var px = RowMarginal(Joint);
        var py = ColumnMarginal(Joint);
        var givenY0 = Bits([Joint[0][0] / py[0], Joint[1][0] / py[0]]);
        var givenY1 = Bits([Joint[0][1] / py[1], Joint[1][1] / py[1]]);
        var conditional = py[0] * givenY0 + py[1] * givenY1;

        Assert.Equal(1, Bits(px), 12);
        Notes.Shows(Topic, "0.8113", givenY0, 5e-5);
        Notes.Shows(Topic, "0.9183", givenY1, 5e-5);
        Notes.Shows(Topic, "0.8755", conditional, 5e-5);
        Notes.Shows(Topic, "0.1245", Bits(px) - conditional, 5e-5);
    }

    [Fact]
    public void SumRouteAndSymmetry_MatchTheNotes()
    {
        var terms = CellTerms(Joint);
        var mi = terms.Sum();
        var px = RowMarginal(Joint);
        var py = ColumnMarginal(Joint);
        var jointEntropy = Bits(Joint.SelectMany(row => row));

        Notes.Shows(Topic, "0.1755", terms[0], 5e-5);
        Notes.Shows(Topic, "0.1170", -terms[1], 5e-5);
        Notes.Shows(Topic, "0.1000", -terms[2], 5e-5);
        Notes.Shows(Topic, "0.1660", terms[3], 5e-5);
        Notes.Shows(Topic, "0.1245", mi, 5e-5);
        Notes.Shows(Topic, "0.9710", Bits(py), 5e-5);
        Notes.Shows(Topic, "0.8464", jointEntropy - Bits(px), 5e-5);
        Assert.Equal(mi, Bits(py) - (jointEntropy - Bits(px)), 12);
        Notes.Shows(Topic, "0.0863", mi * Math.Log(2), 5e-5);
    }

    [Fact]
    public void IndependentTable_HasZeroInformation()
    {
        var px = RowMarginal(Joint);
        var py = ColumnMarginal(Joint);
        double[][] product = [[px[0] * py[0], px[0] * py[1]], [px[1] * py[0], px[1] * py[1]]];

        Assert.Equal(0.2, product[0][0], 12);
        Assert.Equal(0.3, product[1][1], 12);
        Assert.Equal(0, CellTerms(product).Sum(), 12);
        Notes.Mention(Topic, "rows $(0.2, 0.3)$ and $(0.2, 0.3)$");
    }

    [Fact]
    public void SquareOfASymmetricVariable_IsUncorrelatedButDependent()
    {
        double[] x = [-1, 0, 1];
        var y = x.Select(v => v * v).ToArray();
        var covariance = x.Zip(y, (a, b) => a * b).Average() - x.Average() * y.Average();
        var entropyY = Bits(y.GroupBy(v => v).Select(g => g.Count() / 3.0));

        Assert.Equal(0, covariance, 12);
        Notes.Shows(Topic, "0.918", entropyY);
        Notes.Shows(Topic, "0.223", -0.5 * Math.Log(1 - 0.6 * 0.6));
    }
}
