namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of math.hypothesis-testing: a Welch t-test on two small samples, an A/B sample size
/// and a Bonferroni threshold.
/// </summary>
public sealed class HypothesisTestingExampleTests
{
    private const string Topic = "math.hypothesis-testing";
    private static readonly double[] Control = [12, 14, 11, 15, 13];
    private static readonly double[] Variant = [15, 19, 14, 18, 16, 20];

    private static double SampleVariance(double[] v) => v.Sum(a => (a - v.Average()) * (a - v.Average())) / (v.Length - 1);

    private static double Simpson(Func<double, double> f, double a, double b, int intervals = 4000)
    {
        var h = (b - a) / intervals;
        var sum = f(a) + f(b);
        for (var i = 1; i < intervals; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * f(a + i * h);
        }

        return sum * h / 3;
    }

    /// <summary>Two-sided tail P(|T| ≥ t) of Student's t with <paramref name="df"/> degrees of freedom.
    /// Substituting x = √df·tan θ turns the density into a multiple of cos^(df−1) θ on [0, π/2].</summary>
    private static double TwoSidedP(double t, double df)
    {
        double Kernel(double theta) => Math.Pow(Math.Cos(theta), df - 1);
        var start = Math.Atan(Math.Abs(t) / Math.Sqrt(df));
        return Simpson(Kernel, start, Math.PI / 2) / Simpson(Kernel, 0, Math.PI / 2);
    }

    private static (double T, double Df, double Se) Welch()
    {
        var a = SampleVariance(Control) / Control.Length;
        var b = SampleVariance(Variant) / Variant.Length;
        var se = Math.Sqrt(a + b);
        var df = (a + b) * (a + b) / (a * a / (Control.Length - 1) + b * b / (Variant.Length - 1));
        return ((Variant.Average() - Control.Average()) / se, df, se);
    }

    [Fact]
    public void TailFunction_AgreesWithClosedForms()
    {
        Assert.Equal(1 - 1.3 / Math.Sqrt(2 + 1.3 * 1.3), TwoSidedP(1.3, 2), 9);
        Assert.Equal(1 - 2 * Math.Atan(3.0) / Math.PI, TwoSidedP(3.0, 1), 9);
    }

    [Fact]
    public void WelchStatistic_MatchesTheNotes()
    {
        var (t, df, se) = Welch();

        Notes.Shows(Topic, "2.5", SampleVariance(Control));
        Notes.Shows(Topic, "5.6", SampleVariance(Variant));
        Notes.Shows(Topic, "0.9333", SampleVariance(Variant) / Variant.Length);
        Notes.Shows(Topic, "1.4333", se * se);
        Notes.Shows(Topic, "1.197", se);
        Notes.Shows(Topic, "3.341", t);
        Notes.Shows(Topic, "2.0544", Math.Pow(se * se, 2));
        Notes.Shows(Topic, "0.2367", 0.5 * 0.5 / 4 + Math.Pow(SampleVariance(Variant) / Variant.Length, 2) / 5);
        Notes.Shows(Topic, "8.68", df, 5e-3);
        Notes.Shows(Topic, "0.0091", TwoSidedP(t, df), 5e-5);
    }

    [Fact]
    public void ConfidenceInterval_MatchesTheNotes()
    {
        var (_, df, se) = Welch();
        double low = 1, high = 5;
        for (var i = 0; i < 100; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = TwoSidedP(mid, df) > 0.05 ? (mid, high) : (low, mid);
        }

        var critical = (low + high) / 2;
        var difference = Variant.Average() - Control.Average();

        Notes.Shows(Topic, "2.275", critical);
        Notes.Shows(Topic, "1.28", difference - critical * se, 5e-3);
        Notes.Shows(Topic, "6.72", difference + critical * se, 5e-3);
    }

    [Fact]
    public void PooledStatistic_MatchesTheNotes()
    {
        var pooled = ((Control.Length - 1) * SampleVariance(Control) + (Variant.Length - 1) * SampleVariance(Variant))
            / (Control.Length + Variant.Length - 2);
        var t = (Variant.Average() - Control.Average()) / Math.Sqrt(pooled * (1.0 / Control.Length + 1.0 / Variant.Length));

        Notes.Shows(Topic, "3.215", t);
        Notes.Mention(Topic, "on 9 degrees of freedom");
    }

    [Fact]
    public void SampleSizeAndBonferroni_MatchTheNotes()
    {
        const double p1 = 0.10, p2 = 0.12, zAlpha = 1.95996, zBeta = 0.84162;
        var factor = (zAlpha + zBeta) * (zAlpha + zBeta);
        var n = factor * (p1 * (1 - p1) + p2 * (1 - p2)) / ((p2 - p1) * (p2 - p1));

        Notes.Shows(Topic, "7.8489", factor);
        Notes.Shows(Topic, "0.1956", p1 * (1 - p1) + p2 * (1 - p2));
        Notes.Shows(Topic, "3838.1", n, 0.05);
        Notes.Shows(Topic, "3839", Math.Ceiling(n), 1e-9);
        Notes.Shows(Topic, "0.642", 1 - Math.Pow(0.95, 20));
        Notes.Shows(Topic, "0.0025", 0.05 / 20, 1e-12);
    }
}
