using MlPrep.Core.Practice;

namespace MlPrep.Core.Tests.Practice;

public sealed class IntervalTextTests
{
    [Theory]
    [InlineData(60, "1m")]
    [InlineData(600, "10m")]
    [InlineData(330, "6m")]
    [InlineData(5 * 3600, "5h")]
    [InlineData(3 * 86400, "3d")]
    [InlineData(64 * 86400, "2.1mo")]
    [InlineData(60 * 86400, "2mo")]
    [InlineData(500 * 86400, "1.4y")]
    public void Format_WritesAnkiStyleLabels(int seconds, string expected)
    {
        Assert.Equal(expected, IntervalText.Format(TimeSpan.FromSeconds(seconds)));
    }
}
