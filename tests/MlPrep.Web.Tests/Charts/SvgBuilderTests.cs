using System.Xml.Linq;
using MlPrep.Web.Charts;

namespace MlPrep.Web.Tests.Charts;

/// <summary>The SVG builder writes well-formed, accessible SVG whatever the text and the culture.</summary>
public sealed class SvgBuilderTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Root_IsAnImageLabelledByItsTitleAndDescription()
    {
        var svg = XElement.Parse(new SvgBuilder("c", 100, 50, "Reviews <per> day", "Twelve & counting").ToString());

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c-title c-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("0 0 100 50", (string?)svg.Attribute("viewBox"));
        Assert.Equal("Reviews <per> day", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Twelve & counting", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Shapes_CarryTheirTooltipDataAndEscapedText()
    {
        var builder = new SvgBuilder("c", 10, 10, "t", "d")
            .Group("cells", "Days")
            .Rect(1.234, 2, 3, 4, "cell", "3 reviews on \"Tue\"", [new("day", "2026-03-10")])
            .Text(5, 5, "a < b", "label", "middle")
            .Circle(1, 1, 2, "point");

        var svg = XElement.Parse(builder.ToString()); // the open group is closed for us
        var rect = svg.Descendants(Svg + "rect").Single();

        Assert.Equal("1.23", (string?)rect.Attribute("x"));
        Assert.Equal("2026-03-10", (string?)rect.Attribute("data-day"));
        Assert.Equal("3 reviews on \"Tue\"", rect.Element(Svg + "title")!.Value);
        Assert.Equal("a < b", svg.Descendants(Svg + "text").Single().Value);
        Assert.Equal("Days", (string?)svg.Element(Svg + "g")!.Attribute("aria-label"));
        Assert.Single(svg.Descendants(Svg + "circle"));
    }

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(1.234, "1.23")]
    [InlineData(2, "2")]
    [InlineData(-12.006, "-12.01")]
    public void Numbers_AreWrittenWithAPointAndAtMostTwoDecimals(double value, string expected) => Assert.Equal(expected, SvgBuilder.N(value));

    [Fact]
    public void EndGroup_WithoutAnOpenGroup_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new SvgBuilder("c", 1, 1, "t", "d").EndGroup());
}
