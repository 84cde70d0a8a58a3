using System.Text.Json.Nodes;
using MlPrep.Core.Problems;
using MlPrep.Judge.Problems;

namespace MlPrep.Judge.Tests;

public sealed class AnswerComparerTests
{
    private static bool Match(string kind, string expected, string actual, double abs = 0, double rel = 0) =>
        AnswerComparer.Matches(new Comparator(kind, abs, rel), JsonNode.Parse(expected), JsonNode.Parse(actual));

    [Theory]
    [InlineData("[0.5, 0.25]", "[0.5000000001, 0.25]", true)]
    [InlineData("[0.5, 0.25]", "[0.5001, 0.25]", false)]
    [InlineData("[1000000.0]", "[1000000.5]", true)]
    [InlineData("[1.0, 2.0]", "[1.0]", false)]
    [InlineData("[[1.0], [2.0]]", "[[1.0], [2.0000000001]]", true)]
    [InlineData("1", "\"1\"", false)]
    public void Float_UsesTheLargerOfAbsoluteAndRelativeTolerance(string expected, string actual, bool matches)
    {
        Assert.Equal(matches, Match("float", expected, actual, abs: 1e-9, rel: 1e-6));
    }

    [Theory]
    [InlineData("[0, 1]", "[0, 1]", true)]
    [InlineData("[0, 1]", "[1, 0]", false)]
    [InlineData("\"abc\"", "\"abc\"", true)]
    [InlineData("true", "false", false)]
    [InlineData("3", "3.0", true)]
    public void Exact_ComparesValuesAndOrder(string expected, string actual, bool matches)
    {
        Assert.Equal(matches, Match("exact", expected, actual));
    }

    [Theory]
    [InlineData("unordered", "[[1, 2], [3]]", "[[3], [1, 2]]", true)]
    [InlineData("unordered", "[1, 1, 2]", "[1, 2, 2]", false)]
    [InlineData("set", "[1, 1, 2]", "[2, 1]", true)]
    [InlineData("set", "[[1, 2], [3]]", "[[3], [2, 1]]", true)]
    [InlineData("set", "[1, 2]", "[1, 3]", false)]
    public void UnorderedAndSet_IgnoreOrder(string kind, string expected, string actual, bool matches)
    {
        Assert.Equal(matches, Match(kind, expected, actual));
    }
}
