namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.distributions: pmf and pdf values at the points the notes give.</summary>
public sealed class DistributionsExampleTests
{
    private const string Topic = "math.distributions";

    private static double Factorial(int n) => Enumerable.Range(1, n).Aggregate(1.0, (acc, k) => acc * k);

    private static double Choose(int n, int k) =>
        Enumerable.Range(1, k).Aggregate(1.0, (acc, i) => acc * (n - k + i) / i);

    private static double Binomial(int n, double p, int k) => Choose(n, k) * Math.Pow(p, k) * Math.Pow(1 - p, n - k);

    private static double Poisson(double lambda, int k) => Math.Pow(lambda, k) * Math.Exp(-lambda) / Factorial(k);

    private static double Normal(double x, double mean, double sd) =>
        Math.Exp(-(x - mean) * (x - mean) / (2 * sd * sd)) / (sd * Math.Sqrt(2 * Math.PI));

    private static double Simpson(Func<double, double> f, double a, double b, int intervals = 2000)
    {
        var h = (b - a) / intervals;
        var sum = f(a) + f(b);
        for (var i = 1; i < intervals; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * f(a + i * h);
        }

        return sum * h / 3;
    }

    [Fact]
    public void DiscreteProbabilities_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.21", 0.3 * 0.7);
        Notes.Shows(Topic, "0.2668", Binomial(10, 0.3, 3));
        Notes.Shows(Topic, "0.0282", Binomial(10, 0.3, 0));
        Assert.Equal(3, Enumerable.Range(0, 11).MaxBy(k => Binomial(10, 0.3, k)));
        Notes.Shows(Topic, "2.1", 10 * 0.3 * 0.7);
        Notes.Shows(Topic, "0.1353", Poisson(2, 0));
        Notes.Shows(Topic, "0.1804", Poisson(2, 3));
        Notes.Shows(Topic, "0.1806", Binomial(1000, 0.002, 3));
    }

    [Fact]
    public void GaussianValues_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.3989", Normal(0, 0, 1));
        Notes.Shows(Topic, "0.2420", Normal(1, 0, 1));
        Notes.Shows(Topic, "0.1210", Normal(12, 10, 2));
        Notes.Shows(Topic, "0.8413", 0.5 + Simpson(x => Normal(x, 10, 2), 10, 12));
    }

    [Fact]
    public void UniformAndExponential_MatchTheNotes()
    {
        Notes.Shows(Topic, "0.25", 1.0 / (4 - 0));
        Notes.Shows(Topic, "1.333", (4.0 - 0) * (4 - 0) / 12);
        Assert.Equal(16.0 / 12, Simpson(x => (x - 2) * (x - 2) / 4, 0, 4), 9);

        const double rate = 0.5;
        var survival = (double t) => Math.Exp(-rate * t);
        Notes.Shows(Topic, "0.1839", rate * Math.Exp(-rate * 2));
        Notes.Shows(Topic, "0.3679", survival(2));
        Assert.Equal(survival(2), survival(4) / survival(2), 12);
    }

    [Fact]
    public void BetaDensities_MatchTheNotes()
    {
        var beta25 = Factorial(1) * Factorial(4) / Factorial(6);
        var density = (double x) => x * Math.Pow(1 - x, 4) / beta25;

        Assert.Equal(1.0 / 30, beta25, 12);
        Assert.Equal(1, Simpson(density, 0, 1), 9);
        Notes.Shows(Topic, "2.4576", density(0.2), 1e-9);
        Notes.Shows(Topic, "0.286", Simpson(x => x * density(x), 0, 1));
        Notes.Shows(Topic, "1.5", 6 * 0.5 * (1 - 0.5), 1e-9);
    }
}
