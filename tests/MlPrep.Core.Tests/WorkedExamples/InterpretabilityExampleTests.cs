namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of ml.interpretability: permutation importance of a one-feature regressor, exact
/// Shapley values of a three-feature model by enumerating coalitions, and a one-dimensional LIME fit.
/// </summary>
public sealed class InterpretabilityExampleTests
{
    private const string Topic = "ml.interpretability";
    private static readonly double[] X1 = [1, 2, 3, 4];
    private static readonly double[] Y = [2, 4, 7, 8];
    private static readonly double[] Point = [1, 1, 1];
    private static readonly double[] Background = [0, 0, 0];

    private static double Mse(double[] x1) => x1.Zip(Y, (x, y) => (y - 2 * x) * (y - 2 * x)).Average();

    private static IEnumerable<int[]> Orderings(int[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany(first => Orderings([.. items.Where(i => i != first)]).Select(rest => (int[])[first, .. rest]));

    private static double Model(double[] x) => 10 + 5 * x[0] + 3 * x[1] + 4 * x[0] * x[2];

    private static double Value(int coalition) =>
        Model([.. Enumerable.Range(0, 3).Select(j => (coalition & (1 << j)) != 0 ? Point[j] : Background[j])]);

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    private static double Shapley(int feature)
    {
        const int m = 3;
        var total = 0.0;
        for (var coalition = 0; coalition < 1 << m; coalition++)
        {
            if ((coalition & (1 << feature)) != 0)
            {
                continue;
            }

            var size = int.PopCount(coalition);
            var weight = Factorial(size) * Factorial(m - size - 1) / Factorial(m);
            total += weight * (Value(coalition | (1 << feature)) - Value(coalition));
        }

        return total;
    }

    [Fact]
    public void PermutationImportance_MatchesTheNotes()
    {
        var baseline = Mse(X1);
        Notes.Shows(Topic, "0.25", baseline, 1e-12);

        var reversed = Mse([.. X1.Reverse()]);
        Notes.Shows(Topic, "21.25", reversed, 1e-12);
        Notes.Shows(Topic, "21", reversed - baseline, 1e-12);

        var swapped = Mse([X1[1], X1[0], X1[3], X1[2]]);
        Notes.Shows(Topic, "3.25", swapped, 1e-12);
        Notes.Shows(Topic, "3", swapped - baseline, 1e-12);

        var all = Orderings([0, 1, 2, 3]).Select(order => Mse([.. order.Select(i => X1[i])])).ToList();
        Notes.Shows(Topic, "24", all.Count, 0);
        Notes.Shows(Topic, "10.75", all.Average(), 1e-12);
        Notes.Shows(Topic, "10.5", all.Average() - baseline, 1e-12);
    }

    [Fact]
    public void CoalitionValues_MatchTheTable()
    {
        double[] expected = [10, 15, 13, 10, 18, 19, 13, 22];
        int[] coalitions = [0b000, 0b001, 0b010, 0b100, 0b011, 0b101, 0b110, 0b111];
        Assert.Equal(expected, coalitions.Select(Value));
        Notes.Mention(Topic, "| $v(S)$ | 10 | 15 | 13 | 10 | 18 | 19 | 13 | 22 |");
    }

    [Fact]
    public void ShapleyValues_AreEfficient()
    {
        double[] phi = [Shapley(0), Shapley(1), Shapley(2)];

        Notes.Shows(Topic, "7", phi[0], 1e-12);
        Notes.Shows(Topic, "3", phi[1], 1e-12);
        Notes.Shows(Topic, "2", phi[2], 1e-12);
        Notes.Mention(Topic, "$\\phi_2 = 3$ and $\\phi_3 = 2$");
        Assert.Equal(Model(Point) - Model(Background), phi.Sum(), 12);
        Notes.Mention(Topic, "$7 + 3 + 2 = 12 = 22 - 10$");
    }

    [Fact]
    public void LimeSurrogate_RecoversTheLocalSlope()
    {
        double[] z = [0.5, 1, 1.5];
        var weights = z.Select(v => Math.Exp(-(v - 1) * (v - 1))).ToArray();
        var f = z.Select(v => v * v).ToArray();
        var meanZ = weights.Zip(z, (w, v) => w * v).Sum() / weights.Sum();
        var meanF = weights.Zip(f, (w, v) => w * v).Sum() / weights.Sum();
        var slope = z.Select((v, i) => weights[i] * (v - meanZ) * (f[i] - meanF)).Sum()
            / z.Select((v, i) => weights[i] * (v - meanZ) * (v - meanZ)).Sum();

        Notes.Shows(Topic, "0.779", weights[0]);
        Notes.Shows(Topic, "2.0", slope, 1e-12);
    }
}
