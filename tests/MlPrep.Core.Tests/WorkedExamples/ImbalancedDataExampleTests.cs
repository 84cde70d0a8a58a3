namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.imbalanced-data: 90 negatives, 10 positives, one SMOTE step and a prior correction.</summary>
public sealed class ImbalancedDataExampleTests
{
    private const string Topic = "ml.imbalanced-data";
    private const int Negatives = 90;
    private const int Positives = 10;
    private static readonly (double X, double Y)[] Minority = [(1, 2), (3, 1), (2, 5), (6, 6)];

    private static double BalancedWeight(int classCount) => (Negatives + Positives) / (2.0 * classCount);

    [Fact]
    public void ClassWeights_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.9", Negatives / (double)(Negatives + Positives), 1e-12);
        Notes.Shows(Topic, "0.556", BalancedWeight(Negatives));
        Notes.Shows(Topic, "5", BalancedWeight(Positives), 1e-12);
        Notes.Shows(Topic, "50", Negatives * BalancedWeight(Negatives), 1e-9);
        Assert.Equal(50, Positives * BalancedWeight(Positives), 9);
        Notes.Mention(Topic, "each class totals 50");
    }

    [Fact]
    public void ResamplingCounts_MatchTheNotes()
    {
        Notes.Shows(Topic, "80", Negatives - Positives, 0);
        Notes.Shows(Topic, "180", 2 * Negatives, 0);
        Notes.Shows(Topic, "9", Negatives / (double)Positives, 0);
        Notes.Shows(Topic, "20", 2 * Positives, 0);

        const double ratio = 0.5;
        var grownPositives = ratio * Negatives;
        Notes.Shows(Topic, "45", grownPositives, 0);
        Notes.Shows(Topic, "35", grownPositives - Positives, 0);
        Assert.Equal(20, Positives / ratio, 12);
        Notes.Mention(Topic, "grows the positives to 45 (35 new rows) and undersampling keeps 20 negatives");
    }

    [Fact]
    public void SmoteStep_MatchesTheNotes()
    {
        var origin = Minority[0];
        var neighbours = Minority.Skip(1)
            .Select(p => (Point: p, Distance: Math.Sqrt(Math.Pow(p.X - origin.X, 2) + Math.Pow(p.Y - origin.Y, 2))))
            .OrderBy(p => p.Distance)
            .ToArray();

        Notes.Shows(Topic, "2.236", neighbours[0].Distance);
        Notes.Shows(Topic, "3.162", neighbours[1].Distance);
        Notes.Shows(Topic, "6.403", neighbours[2].Distance);
        Assert.Equal((3.0, 1.0), neighbours[0].Point);
        Assert.Equal((2.0, 5.0), neighbours[1].Point);

        const double lambda = 0.4;
        var partner = neighbours[0].Point;
        Notes.Shows(Topic, "1.8", origin.X + lambda * (partner.X - origin.X), 1e-12);
        Notes.Shows(Topic, "1.6", origin.Y + lambda * (partner.Y - origin.Y), 1e-12);
        Notes.Mention(Topic, "= (1.8, 1.6)");
    }

    [Fact]
    public void PriorCorrection_MatchesTheNotes()
    {
        const double truePrior = 0.1, trainingPrior = 0.5;
        double Correct(double p)
        {
            var odds = p / (1 - p) * (truePrior / (1 - truePrior)) / (trainingPrior / (1 - trainingPrior));
            return odds / (1 + odds);
        }

        Notes.Shows(Topic, "0.444", 0.8 / 0.2 * (truePrior / (1 - truePrior)));
        Notes.Shows(Topic, "0.308", Correct(0.8));
        Notes.Shows(Topic, "0.1", Correct(0.5), 1e-12);
    }
}
