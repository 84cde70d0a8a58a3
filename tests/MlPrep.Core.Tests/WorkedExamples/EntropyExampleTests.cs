namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of math.entropy, recomputed from the listed distributions.</summary>
public sealed class EntropyExampleTests
{
    private const string Topic = "math.entropy";
    private static readonly double[] BiasedCoin = [0.9, 0.1];
    private static readonly double[] LoadedDie = [0.5, 0.1, 0.1, 0.1, 0.1, 0.1];
    private static readonly double[] FourSymbols = [0.5, 0.25, 0.125, 0.125];
    private static readonly int[] CodeLengths = [1, 2, 3, 3];

    private static double Bits(IEnumerable<double> p) => -p.Where(x => x > 0).Sum(x => x * Math.Log2(x));

    [Fact]
    public void CoinEntropies_MatchTheNotes()
    {
        Assert.Equal(1, Bits([0.5, 0.5]), 12);
        Notes.Shows(Topic, "0.469", Bits(BiasedCoin));
        Notes.Shows(Topic, "0.137", -0.9 * Math.Log2(0.9));
        Notes.Shows(Topic, "0.332", -0.1 * Math.Log2(0.1));
        Notes.Shows(Topic, "3.32", Math.Log2(10), 5e-3);
        Notes.Shows(Topic, "0.693", Bits([0.5, 0.5]) * Math.Log(2));
    }

    [Fact]
    public void DieEntropies_MatchTheNotes()
    {
        var fair = Bits(Enumerable.Repeat(1.0 / 6, 6));
        var loaded = Bits(LoadedDie);

        Assert.Equal(1, LoadedDie.Sum(), 12);
        Notes.Shows(Topic, "2.585", fair);
        Assert.Equal(Math.Log2(6), fair, 12);
        Notes.Shows(Topic, "1.661", 5 * 0.1 * Math.Log2(10));
        Notes.Shows(Topic, "2.161", loaded);
        Notes.Shows(Topic, "0.424", fair - loaded);
    }

    [Fact]
    public void PrefixCode_ReachesTheEntropy()
    {
        var expectedLength = FourSymbols.Zip(CodeLengths, (p, l) => p * l).Sum();

        Notes.Shows(Topic, "1.75", Bits(FourSymbols), 1e-12);
        Assert.Equal(Bits(FourSymbols), expectedLength, 12);
        Notes.Mention(Topic, "0, 10, 110, 111");
    }
}
