namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of ml.feature-engineering: engineered features, variance, mutual-information and
/// chi-squared filters on eight binary rows, and recursive feature elimination on six rows.
/// </summary>
public sealed class FeatureEngineeringExampleTests
{
    private const string Topic = "ml.feature-engineering";
    private static readonly int[] Label = [1, 1, 1, 1, 0, 0, 0, 0];
    private static readonly int[] F1 = [1, 1, 1, 0, 0, 0, 0, 1];
    private static readonly int[] F2 = [1, 0, 1, 0, 1, 0, 1, 0];
    private static readonly int[] F3 = [1, 1, 1, 1, 1, 1, 1, 0];
    private static readonly double[] X1 = [1, 2, 3, 4, 5, 6];
    private static readonly double[] X2 = [2, 1, 4, 3, 6, 5];
    private static readonly double[] X3 = [3, 6, 1, 4, 2, 5];
    private static readonly double[] Y = [4, 7, 5, 8, 8, 11];

    private static double Variance(int[] f) => f.Average(v => (v - f.Average()) * (v - f.Average()));

    /// <summary>Plug-in mutual information in nats between two discrete columns.</summary>
    private static double MutualInformation(int[] a, int[] b)
    {
        double n = a.Length;
        var total = 0.0;
        foreach (var u in a.Distinct())
        {
            foreach (var w in b.Distinct())
            {
                var joint = a.Zip(b).Count(p => p.First == u && p.Second == w) / n;
                if (joint > 0)
                {
                    total += joint * Math.Log(joint / (a.Count(v => v == u) / n * (b.Count(v => v == w) / n)));
                }
            }
        }

        return total;
    }

    /// <summary>scikit-learn's chi2: observed feature sums per class against their expected shares.</summary>
    private static double SklearnChi2(int[] f, int[] y)
    {
        double featureTotal = f.Sum();
        return y.Distinct().Sum(c =>
        {
            double observed = f.Zip(y).Where(p => p.Second == c).Sum(p => p.First);
            var expected = y.Count(v => v == c) / (double)y.Length * featureTotal;
            return (observed - expected) * (observed - expected) / expected;
        });
    }

    /// <summary>Least squares with an intercept; returns the slopes only.</summary>
    private static double[] Slopes(params double[][] columns)
    {
        var size = columns.Length + 1;
        double[] Row(int i) => [1, .. columns.Select(c => c[i])];
        var normal = new double[size, size];
        var rhs = new double[size];
        for (var i = 0; i < Y.Length; i++)
        {
            var row = Row(i);
            for (var r = 0; r < size; r++)
            {
                rhs[r] += row[r] * Y[i];
                for (var c = 0; c < size; c++)
                {
                    normal[r, c] += row[r] * row[c];
                }
            }
        }

        return [.. Solve.Linear(normal, rhs).Skip(1)];
    }

    [Fact]
    public void EngineeredFeatures_MatchTheNotes()
    {
        double Sin(int hour) => Math.Sin(2 * Math.PI * hour / 24);
        double Cos(int hour) => Math.Cos(2 * Math.PI * hour / 24);

        Notes.Shows(Topic, "0.25", 1000.0 / 4000);
        Notes.Shows(Topic, "4.605", Math.Log(1 + 99.0));
        Notes.Shows(Topic, "-0.259", Sin(23));
        Notes.Shows(Topic, "0.259", Sin(1));
        Notes.Shows(Topic, "0.966", Cos(23));
        Notes.Mention(Topic, "$(-0.259, 0.966)$ and $(0.259, 0.966)$");
        Notes.Shows(Topic, "0.518", Math.Sqrt(Math.Pow(Sin(23) - Sin(1), 2) + Math.Pow(Cos(23) - Cos(1), 2)));
    }

    [Fact]
    public void FilterScores_MatchTheTable()
    {
        const double cutOff = 0.8 * (1 - 0.8);
        Notes.Shows(Topic, "0.16", cutOff, 1e-12);
        Notes.Shows(Topic, "0.25", Variance(F1), 1e-12);
        Assert.Equal(0.25, Variance(F2), 12);
        Notes.Shows(Topic, "0.109", Variance(F3));
        Assert.True(Variance(F1) > cutOff && Variance(F2) > cutOff && Variance(F3) <= cutOff);

        Notes.Shows(Topic, "0.131", MutualInformation(F1, Label));
        Notes.Shows(Topic, "0.131", 0.75 * Math.Log(1.5) + 0.25 * Math.Log(0.5));
        Assert.Equal(0, MutualInformation(F2, Label), 12);
        Notes.Shows(Topic, "1.0", SklearnChi2(F1, Label), 1e-12);
        Assert.Equal(0, SklearnChi2(F2, Label), 12);
        Notes.Mention(Topic, "| $f_1$ | 1,1,1,0,0,0,0,1 | 0.25 | 0.131 | 1.0 |");
    }

    [Fact]
    public void ContingencyChiSquared_DiffersFromScikitLearns()
    {
        var table = new double[2, 2];
        foreach (var (f, y) in F1.Zip(Label))
        {
            table[f, y]++;
        }

        var chi2 = 0.0;
        for (var f = 0; f < 2; f++)
        {
            for (var y = 0; y < 2; y++)
            {
                var expected = (table[f, 0] + table[f, 1]) * (table[0, y] + table[1, y]) / F1.Length;
                chi2 += Math.Pow(table[f, y] - expected, 2) / expected;
            }
        }

        Notes.Shows(Topic, "2", chi2, 1e-12);
        Notes.Mention(Topic, "gives 2, not 1.0");
    }

    [Fact]
    public void RecursiveFeatureElimination_MatchesTheNotes()
    {
        var correlation = X1.Zip(X2, (a, b) => (a - X1.Average()) * (b - X2.Average())).Sum()
            / Math.Sqrt(X1.Sum(a => Math.Pow(a - X1.Average(), 2)) * X2.Sum(b => Math.Pow(b - X2.Average(), 2)));
        Notes.Shows(Topic, "0.829", correlation);

        var all = Slopes(X1, X2, X3);
        Notes.Shows(Topic, "1.083", all[0]);
        Notes.Shows(Topic, "0.083", all[1]);
        Notes.Shows(Topic, "0.667", all[2]);
        Notes.Mention(Topic, "$w = (1.083, 0.083, 0.667)$");
        Assert.Equal(1, Array.IndexOf(all, all.MinBy(Math.Abs)));

        var kept = Slopes(X1, X3);
        Notes.Shows(Topic, "1.154", kept[0]);
        Notes.Shows(Topic, "0.624", kept[1]);
        Notes.Mention(Topic, "$(1.154, 0.624)$");
        Assert.True(Math.Abs(kept[1]) < Math.Abs(kept[0]), "x3 goes next, x1 survives");
    }
}
