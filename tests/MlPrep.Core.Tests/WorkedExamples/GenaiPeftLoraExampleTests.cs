namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of genai.peft-lora: a rank-1 update, LoRA parameter counts for a Llama-2-7B-sized model, and QLoRA memory.</summary>
public sealed class GenaiPeftLoraExampleTests
{
    private const string Topic = "genai.peft-lora";
    private static readonly double[] B = [1, 2];
    private static readonly double[] A = [0.5, -1];
    private static readonly double[] X = [1, 1];

    private static long LoraParameters(long d, long k, long r) => r * (d + k);

    [Fact]
    public void RankOneUpdate_MatchesTheNotes()
    {
        const double alpha = 2, rank = 1;
        var delta = B.Select(b => A.Select(a => alpha / rank * b * a).ToArray()).ToArray();
        var deltaX = delta.Select(row => row.Zip(X, (w, x) => w * x).Sum()).ToArray();
        var h = X.Zip(deltaX, (x, dx) => x + dx).ToArray();

        Notes.Mention(Topic, @"\begin{pmatrix} 1 & -2 \\ 2 & -4 \end{pmatrix}");
        Assert.Equal([1.0, -2.0, 2.0, -4.0], delta.SelectMany(r => r).ToArray());
        Assert.Equal([-1.0, -2.0], deltaX);
        Assert.Equal([0.0, -1.0], h);
        Notes.Mention(Topic, "$\\Delta W x = (-1, -2)$ and $h = (0, -1)$");
    }

    [Fact]
    public void ParameterCounts_MatchTheTable()
    {
        const long d = 4096, ffn = 11008, layers = 32, r = 8;
        var one = LoraParameters(d, d, r);
        var attention = 4 * one;
        var mlp = 3 * LoraParameters(d, ffn, r);

        Assert.Equal(65_536, one);
        Notes.Mention(Topic, "65{,}536");
        Notes.Shows(Topic, "0.39", 100.0 * one / (d * d), 0.005);
        Assert.Equal(4_194_304, layers * 2 * one);
        Notes.Mention(Topic, "4,194,304");
        Assert.Equal(262_144, attention);
        Assert.Equal(362_496, mlp);
        Notes.Mention(Topic, "19,988,480");
        Assert.Equal(19_988_480, layers * (attention + mlp));
        Notes.Shows(Topic, "0.30", 100.0 * layers * (attention + mlp) / 6.74e9, 0.005);
    }

    [Fact]
    public void QloraMemory_MatchesTheNotes()
    {
        const double parameters = 7e9;
        var constantBits = (8.0 / 64) + (32.0 / (64 * 256));

        Notes.Shows(Topic, "0.127", constantBits);
        Notes.Shows(Topic, "112", parameters * 16 / 1e9, 1e-9);
        Notes.Shows(Topic, "3.61", parameters * (4 + 0.127) / 8 / 1e9, 0.005);
    }
}
