using MlPrep.Cli.Review;

namespace MlPrep.Cli.Tests.Review;

public sealed class TerminalTextTests
{
    [Fact]
    public void Render_WrapsProse_WithoutBreakingAFormula()
    {
        var text = new TerminalText(30, colour: false);

        var lines = text.Render(@"It is not homogeneous: $\lVert c x \rVert_0 = \lVert x \rVert_0$ for every $c \ne 0$.", "  ");

        Assert.Equal(
            [
                "  It is not homogeneous:",
                @"  $\lVert c x \rVert_0 = \lVert x \rVert_0$",
                @"  for every $c \ne 0$.",
            ],
            lines);
    }

    [Fact]
    public void Render_DropsBoldMarkers_KeepsCodeAndEscapedDollars()
    {
        var text = new TerminalText(80, colour: false);

        Assert.Equal(["It only stores `X_train`, for $0."], text.Render(@"It only **stores** `X_train`, for \$0."));
    }

    [Fact]
    public void Render_LeavesCodeBlocksAndDisplayMathUnwrapped_AndIndentsListItems()
    {
        var text = new TerminalText(24, colour: false);

        var lines = text.Render("""
            Steps:
            - compute the distance to every point
            ```python
            d = np.linalg.norm(X - x, axis=1)
            ```
            $$
            d_p(x, z) = \left(\sum_j |x_j - z_j|^p\right)^{1/p}
            $$
            """);

        Assert.Equal(
            [
                "Steps:",
                "- compute the distance",
                "  to every point",
                "```python",
                "d = np.linalg.norm(X - x, axis=1)",
                "```",
                "$$",
                @"d_p(x, z) = \left(\sum_j |x_j - z_j|^p\right)^{1/p}",
                "$$",
            ],
            lines);
    }

    [Fact]
    public void Render_WithColour_PaintsMathAndCode_AndWithoutColourWritesNoEscapes()
    {
        var markdown = "Cost $O(nd)$ with `numpy`.";

        Assert.Equal(["Cost \e[36m$O(nd)$\e[0m with \e[33m`numpy`\e[0m."], new TerminalText(80, colour: true).Render(markdown));
        Assert.Equal(["Cost $O(nd)$ with `numpy`."], new TerminalText(80, colour: false).Render(markdown));
    }

    [Theory]
    [InlineData(' ', ReviewKey.Reveal)]
    [InlineData('\n', ReviewKey.Reveal)]
    [InlineData('1', ReviewKey.Again)]
    [InlineData('2', ReviewKey.Hard)]
    [InlineData('3', ReviewKey.Good)]
    [InlineData('4', ReviewKey.Easy)]
    [InlineData('U', ReviewKey.Undo)]
    [InlineData('q', ReviewKey.Quit)]
    [InlineData('5', ReviewKey.Other)]
    public void ReviewKeys_AreTheWebPagesKeys(char key, ReviewKey expected)
    {
        Assert.Equal(expected, ReviewKeys.FromChar(key));
    }

    [Fact]
    public void TextKeySource_ReadsOneKeyPerCharacter_AndQuitsAtTheEnd()
    {
        var keys = new TextKeySource(new StringReader(" 3u"));

        Assert.Equal(
            [ReviewKey.Reveal, ReviewKey.Good, ReviewKey.Undo, ReviewKey.Quit, ReviewKey.Quit],
            Enumerable.Range(0, 5).Select(_ => keys.Next(CancellationToken.None)));
    }
}
