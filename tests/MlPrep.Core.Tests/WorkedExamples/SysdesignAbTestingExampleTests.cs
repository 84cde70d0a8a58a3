namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.ab-testing: the sample size per arm, the test duration, CUPED and a sample-ratio-mismatch check.</summary>
public sealed class SysdesignAbTestingExampleTests
{
    private const string Topic = "sysdesign.ab-testing";
    private const double ZAlpha = 1.959963984540054;
    private const double ZBeta = 0.8416212335729143;
    private const double P1 = 0.05;
    private const double P2 = 0.051;

    private static double SampleSizePerArm() =>
        Math.Pow(ZAlpha + ZBeta, 2) * ((P1 * (1 - P1)) + (P2 * (1 - P2))) / Math.Pow(P2 - P1, 2);

    // Abramowitz and Stegun 7.1.26, accurate to about 1.5e-7.
    private static double Erfc(double x)
    {
        var t = 1 / (1 + (0.3275911 * x));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        return poly * Math.Exp(-x * x);
    }

    [Fact]
    public void SampleSizeAndDuration_MatchTheNotes()
    {
        var n = SampleSizePerArm();

        Notes.Shows(Topic, "7.8489", Math.Pow(ZAlpha + ZBeta, 2), 5e-5);
        Notes.Shows(Topic, "0.048399", P2 * (1 - P2), 1e-12);
        Notes.Shows(Topic, "752,700", n, 1);
        Notes.Shows(Topic, "7.5", n / 100_000, 0.05);
    }

    [Fact]
    public void Cuped_MatchesTheNotes()
    {
        const double rho = 0.6;
        var factor = 1 - (rho * rho);

        Notes.Shows(Topic, "0.64", factor, 1e-12);
        Notes.Shows(Topic, "481,728", factor * 752_700, 0.5);
    }

    [Fact]
    public void SampleRatioMismatch_MatchesTheNotes()
    {
        const double treatment = 502_000, control = 498_000;
        var expected = (treatment + control) / 2;
        var chiSquare = (Math.Pow(treatment - expected, 2) / expected) + (Math.Pow(control - expected, 2) / expected);
        var pValue = Erfc(Math.Sqrt(chiSquare / 2));

        Notes.Shows(Topic, "16", chiSquare, 1e-9);
        Notes.Shows(Topic, "0.00006", pValue, 5e-6);
        Notes.Mention(Topic, "$\\chi^2 = 16$, p about 0.00006");
    }

    [Fact]
    public void LogVolume_MatchesTheNotes()
    {
        Notes.Shows(Topic, "0.4", 20e6 * 200 * 100 / 1e12, 1e-9);
    }
}
