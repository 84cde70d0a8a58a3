using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

public sealed class FsrsParametersTests
{
    [Fact]
    public void Create_WrongCount_SaysTwentyOneAreNeeded()
    {
        var ex = Assert.Throws<ArgumentException>(() => FsrsParameters.Create([.. FsrsParameters.Default.Values.Take(20)]));

        Assert.Contains("needs 21 parameters", ex.Message, StringComparison.Ordinal);
        Assert.Contains("got 20", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OutOfRange_NamesEveryBadParameterAndItsRange()
    {
        double[] values = [.. FsrsParameters.Default.Values];
        values[20] = 0.9;
        values[7] = double.NaN;
        values[0] = -1;

        var ex = Assert.Throws<ArgumentException>(() => FsrsParameters.Create(values));

        Assert.Contains("w20 = 0.9 is outside [0.1, 0.8]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("w7 = NaN is outside [0.001, 0.75]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("w0 = -1 is outside [0.001, 100]", ex.Message, StringComparison.Ordinal);
        Assert.False(FsrsParameters.TryCreate(values, out _, out var problem));
        Assert.Equal(ex.Message.Split(" (Parameter")[0], problem);
    }

    [Fact]
    public void Create_BoundsThemselves_AreAllowed()
    {
        Assert.Equal(FsrsParameters.LowerBounds, FsrsParameters.Create(FsrsParameters.LowerBounds).Values);
        Assert.Equal(FsrsParameters.UpperBounds, FsrsParameters.Create(FsrsParameters.UpperBounds).Values);
    }

    [Fact]
    public void Clamp_MovesEachValueIntoItsRange()
    {
        double[] values = [.. FsrsParameters.Default.Values];
        values[4] = 0;
        values[19] = 5;
        values[3] = double.NaN;

        var clamped = FsrsParameters.Clamp(values);

        Assert.Equal(1.0, clamped[4]);
        Assert.Equal(0.8, clamped[19]);
        Assert.Equal(FsrsParameters.Default[3], clamped[3]);
        Assert.Equal(FsrsParameters.Default[10], clamped[10]);
    }

    [Fact]
    public void ToString_RoundTripsThroughCreate()
    {
        var text = FsrsParameters.Default.ToString();

        Assert.StartsWith("0.212,1.2931,", text, StringComparison.Ordinal);
        Assert.Equal(FsrsParameters.Default.Values, FsrsParameters.Create([.. text.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))]).Values);
    }
}
