namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.preprocessing, recomputed from its five training rows and two test rows.</summary>
public sealed class PreprocessingExampleTests
{
    private const string Topic = "ml.preprocessing";
    private static readonly double[] Train = [2, 4, double.NaN, 6, 16];
    private static readonly double[] Test = [11, 20];

    private static double[] Observed => [.. Train.Where(x => !double.IsNaN(x))];

    private static double[] MeanImputed => [.. Train.Select(x => double.IsNaN(x) ? Observed.Average() : x)];

    private static double PopulationVariance(double[] values) => values.Average(x => (x - values.Average()) * (x - values.Average()));

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    [Fact]
    public void Imputation_MatchesTheNotes()
    {
        Assert.Equal(7, Observed.Average(), 12);
        Assert.Equal(5, Median(Observed), 12);
        Notes.Mention(Topic, "mean 7 and median 5");
        Notes.Mention(Topic, "$(2, 4, 7, 6, 16)$");
        Assert.Equal(7, MeanImputed.Average(), 12);
        Notes.Shows(Topic, "29", PopulationVariance(Observed), 1e-12);
        Notes.Shows(Topic, "23.2", PopulationVariance(MeanImputed), 1e-12);
        Notes.Mention(Topic, "$116/4 = 29$");
        Notes.Mention(Topic, "$116/5 = 23.2$");
    }

    [Fact]
    public void Standardisation_UsesThePopulationStandardDeviation()
    {
        var mean = MeanImputed.Average();
        var sigma = Math.Sqrt(PopulationVariance(MeanImputed));
        var sampleSigma = Math.Sqrt(MeanImputed.Sum(x => (x - mean) * (x - mean)) / (MeanImputed.Length - 1));

        Notes.Shows(Topic, "4.817", sigma);
        Notes.Shows(Topic, "1.869", (16 - mean) / sigma);
        Notes.Shows(Topic, "-1.038", (2 - mean) / sigma);
        Notes.Shows(Topic, "0.830", (Test[0] - mean) / sigma);
        Notes.Shows(Topic, "5.385", sampleSigma);
    }

    [Fact]
    public void MinMaxScalingAndLeakage_MatchTheNotes()
    {
        var min = MeanImputed.Min();
        var max = MeanImputed.Max();
        double Scale(double x) => (x - min) / (max - min);

        Assert.Equal(0, Scale(2), 12);
        Assert.Equal(1, Scale(16), 12);
        Notes.Shows(Topic, "0.286", Scale(6));
        Notes.Shows(Topic, "1.286", Scale(Test[1]));

        var leakyMax = MeanImputed.Concat(Test).Max();
        Notes.Shows(Topic, "0.778", (16 - min) / (leakyMax - min));
        Notes.Mention(Topic, "$14/18 = 0.778$");
    }

    [Fact]
    public void Encoders_SortTheCategories()
    {
        string[] colours = ["red", "green", "blue"];
        var colourOrder = colours.Order(StringComparer.Ordinal).ToList();
        double[] red = [.. colourOrder.Select(c => c == "red" ? 1.0 : 0.0)];
        Assert.Equal([0.0, 0.0, 1.0], red);
        Notes.Mention(Topic, "red as $(0, 0, 1)$");

        string[] sizes = ["S", "M", "L"];
        var sizeCodes = sizes.Order(StringComparer.Ordinal).Select((s, code) => (s, code)).ToDictionary(p => p.s, p => p.code);
        Assert.Equal(0, sizeCodes["L"]);
        Assert.Equal(1, sizeCodes["M"]);
        Assert.Equal(2, sizeCodes["S"]);
        Notes.Mention(Topic, "L = 0, M = 1, S = 2");
    }
}
