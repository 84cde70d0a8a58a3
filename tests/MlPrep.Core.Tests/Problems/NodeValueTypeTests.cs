using System.Text.Json.Nodes;
using ValueType = MlPrep.Core.Problems.ValueType;

namespace MlPrep.Core.Tests.Problems;

public sealed class NodeValueTypeTests
{
    private static ValueType Parse(string text)
    {
        Assert.True(ValueType.TryParse(text, out var type), text);
        return type;
    }

    [Theory]
    [InlineData("ListNode", true)]
    [InlineData("TreeNode[]", true)]
    [InlineData("ListNode[][]", false)]
    [InlineData("Node", false)]
    public void NodeTypes_AllowOneArrayLevelAtMost(string text, bool valid) =>
        Assert.Equal(valid, ValueType.TryParse(text, out _));

    [Theory]
    [InlineData("[]", true)]
    [InlineData("[1, 2, 3]", true)]
    [InlineData("[1, null]", false)]
    [InlineData("[1.5]", false)]
    [InlineData("null", false)]
    public void AList_IsWrittenAsItsValues(string json, bool valid) =>
        Assert.Equal(valid, Parse("ListNode").Accepts(JsonNode.Parse(json)));

    [Theory]
    [InlineData("[]", true)]
    [InlineData("[3, 9, 20, null, null, 15, 7]", true)]
    [InlineData("[1, null, 2, null, 3]", true)]
    [InlineData("[null, 1]", false)]
    [InlineData("[1, null, null, 2]", false)]
    [InlineData("[1, \"a\"]", false)]
    public void ATree_IsWrittenInLevelOrderWithRoomForEveryValue(string json, bool valid) =>
        Assert.Equal(valid, Parse("TreeNode").Accepts(JsonNode.Parse(json)));

    [Fact]
    public void PythonAnnotations_AllowNone() =>
        Assert.Equal("list[TreeNode | None]", Parse("TreeNode[]").Python);
}
