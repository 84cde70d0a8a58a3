using MlPrep.Core.Text;

namespace MlPrep.Core.Tests.Text;

public sealed class LineDiffTests
{
    private static string Render(IReadOnlyList<DiffLine> diff) => string.Join("|", diff.Select(l => l.Kind switch
    {
        DiffKind.Added => "+" + l.Text,
        DiffKind.Removed => "-" + l.Text,
        _ => " " + l.Text,
    }));

    [Fact]
    public void IdenticalTexts_AreAllSame()
    {
        var diff = LineDiff.Compute("a\nb\nc\n", "a\nb\nc\n");

        Assert.Equal(" a| b| c", Render(diff));
        Assert.Equal((0, 0), LineDiff.Count(diff));
    }

    [Fact]
    public void ChangedMiddleLine_IsOneRemovalAndOneAddition()
    {
        var diff = LineDiff.Compute("def f(x):\n    return x\n", "def f(x):\n    return x + 1\n");

        Assert.Equal(" def f(x):|-    return x|+    return x + 1", Render(diff));
        Assert.Equal([1, 2, null], diff.Select(l => l.OldLine));
        Assert.Equal([1, null, 2], diff.Select(l => l.NewLine));
    }

    [Fact]
    public void Lcs_KeepsTheLongestCommonSubsequence()
    {
        // LCS of ABCABBA and CBABAC has length 4 (the classic textbook pair).
        var oldText = string.Join('\n', "ABCABBA".Select(c => c.ToString()));
        var newText = string.Join('\n', "CBABAC".Select(c => c.ToString()));

        var diff = LineDiff.Compute(oldText, newText);

        Assert.Equal(4, diff.Count(l => l.Kind == DiffKind.Same));
        Assert.Equal((2, 3), LineDiff.Count(diff));
        Assert.Equal("CBABAC", string.Concat(diff.Where(l => l.Kind != DiffKind.Removed).Select(l => l.Text)));
        Assert.Equal("ABCABBA", string.Concat(diff.Where(l => l.Kind != DiffKind.Added).Select(l => l.Text)));
    }

    [Fact]
    public void EmptySides_AreAllAddedOrAllRemoved()
    {
        Assert.Equal("+x|+y", Render(LineDiff.Compute("", "x\ny")));
        Assert.Equal("-x|-y", Render(LineDiff.Compute("x\r\ny", "")));
        Assert.Empty(LineDiff.Compute("", ""));
    }
}
