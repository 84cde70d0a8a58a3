namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.gru: one step of a scalar GRU in PyTorch's convention and in the
/// opposite update-gate convention, and the size and cost of `nn.GRU(100, 128)`.</summary>
public sealed class DlGruExampleTests
{
    private const string Topic = "dl.gru";
    private const double X = 1;
    private const double HPrev = 0.5;

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static long Parameters(long input, long hidden) => (3 * hidden * (input + hidden)) + (6 * hidden);

    [Fact]
    public void GruStep_MatchesTheNotes()
    {
        var r = Sigmoid((1 * X) + (1 * HPrev));
        var z = Sigmoid((0.5 * X) + (1 * HPrev) - 0.5);
        var n = Math.Tanh((1 * X) + (r * 2 * HPrev));
        Notes.Shows(Topic, "0.818", r);
        Notes.Shows(Topic, "0.622", z);
        Notes.Shows(Topic, "1.818", (1 * X) + (r * 2 * HPrev));
        Notes.Shows(Topic, "0.949", n);

        Notes.Shows(Topic, "0.358", (1 - z) * n);
        Notes.Shows(Topic, "0.311", z * HPrev);
        Notes.Shows(Topic, "0.669", ((1 - z) * n) + (z * HPrev));
        Notes.Shows(Topic, "0.779", ((1 - z) * HPrev) + (z * n));
    }

    [Fact]
    public void LayerSizeAndCost_MatchTheNotes()
    {
        Notes.Shows(Topic, "88,320", Parameters(100, 128), 0);
        Notes.Shows(Topic, "87,936", 3 * ((128 * (128 + 100)) + 128), 0);
        var lstm = (4 * 128 * 228) + (8 * 128);
        Notes.Shows(Topic, "25", 100.0 * (lstm - Parameters(100, 128)) / lstm, 1e-9);

        var first = 2 * Parameters(100, 128);
        var second = 2 * Parameters(256, 128);
        Notes.Shows(Topic, "176,640", first, 0);
        Notes.Shows(Topic, "296,448", second, 0);
        Notes.Shows(Topic, "473,088", first + second, 0);
        Notes.Shows(Topic, "87,552", 3 * 128 * 228, 0);
        Notes.Shows(Topic, "140.1", 32.0 * 50 * 3 * 128 * 228 / 1e6, 0.05);
    }
}
