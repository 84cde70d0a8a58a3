namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked numbers of sysdesign.autonomous-perception: the nuScenes detection score, sensor data rates and distance per latency.</summary>
public sealed class SysdesignAutonomousPerceptionExampleTests
{
    private const string Topic = "sysdesign.autonomous-perception";
    private static readonly double[] TruePositiveErrors = [0.30, 0.25, 0.40, 0.35, 0.15];

    [Fact]
    public void DetectionScore_MatchesTheNotes()
    {
        const double meanAp = 0.60;
        var tpPart = TruePositiveErrors.Sum(e => 1 - Math.Min(1, e));

        Notes.Shows(Topic, "3.55", tpPart, 1e-12);
        Notes.Shows(Topic, "0.655", ((5 * meanAp) + tpPart) / 10, 1e-12);
    }

    [Fact]
    public void DataRatesAndDistance_MatchTheNotes()
    {
        const double cameraBytesPerSecond = 8.0 * 1920 * 1080 * 3 * 30;
        var perCarDay = cameraBytesPerSecond * 8 * 3600;

        Notes.Shows(Topic, "1,492,992,000", cameraBytesPerSecond, 0);
        Notes.Shows(Topic, "1.49", cameraBytesPerSecond / 1e9, 0.005);
        Notes.Shows(Topic, "19.2", 1.2e6 * 16 / 1e6, 1e-9);
        Notes.Shows(Topic, "43.0", perCarDay / 1e12, 0.05);
        Notes.Shows(Topic, "215", perCarDay * 0.01 * 500 / 1e12, 0.5);
        Notes.Shows(Topic, "3", 30 * 0.1, 1e-12);
        Notes.Mention(Topic, "100 ms is 3 m travelled");
    }
}
