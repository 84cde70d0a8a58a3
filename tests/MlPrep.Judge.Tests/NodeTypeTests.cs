using System.Text.Json.Nodes;
using MlPrep.Core.Problems;
using MlPrep.Judge.Runners;
using ValueType = MlPrep.Core.Problems.ValueType;

namespace MlPrep.Judge.Tests;

/// <summary>
/// Linked-list and tree problems: the harnesses build <c>ListNode</c> and <c>TreeNode</c>
/// arguments from their written form and write returned nodes back in that form, in both languages.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class NodeTypeTests
{
    private static readonly ProblemJudge Cold = new(new Sandbox.BubblewrapSandbox(Judge.Environment), new CSharpCompiler());

    private static ValueType Type(string text) => ValueType.TryParse(text, out var type) ? type : throw new ArgumentException(text);

    private static Problem Make(string function, string parameterType, string returns, params (string Args, string Expected)[] tests) => new(
        "nodes", "Nodes", "easy", "dsa", [], "linked-list", function,
        [new Parameter("root", Type(parameterType))], Type(returns), new Comparator("exact"),
        TimeSpan.FromSeconds(2), 256, "", new Dictionary<string, string>(), new Dictionary<string, string>(),
        [.. tests.Select((t, k) => new TestCase(k + 1, true, [JsonNode.Parse(t.Args)], JsonNode.Parse(t.Expected)))], "");

    private static readonly Problem ReverseList = Make("reverse_list", "ListNode", "ListNode", ("[1, 2, 3]", "[3, 2, 1]"), ("[]", "[]"), ("[7]", "[7]"));

    private static readonly Problem MirrorTree = Make("mirror", "TreeNode", "TreeNode",
        ("[4, 2, 7, 1, 3, 6, 9]", "[4, 7, 2, 9, 6, 3, 1]"), ("[1, null, 2, null, 3]", "[1, 2, null, 3]"), ("[]", "[]"), ("[5, 3]", "[5, null, 3]"));

    private static readonly Problem SplitHalves = Make("halves", "ListNode", "ListNode[]", ("[1, 2, 3]", "[[1, 2], [3]]"), ("[1]", "[[1], []]"));

    private async Task<JudgeResult> JudgeAsync(Problem problem, Language language, string source)
    {
        Assert.True(Judge.Environment.Problem is null, Judge.Environment.Problem);
        return await Cold.JudgeAsync(problem, language, source);
    }

    private static void AssertAccepted(JudgeResult result) =>
        Assert.True(result.Verdict == Verdicts.Accepted, $"{result.Verdict}: {string.Join(" | ", result.Tests.Where(t => !t.Passed).Select(t => t.Message))} {result.CompileOutput} {result.Stderr}");

    [Fact]
    public async Task PythonListsArriveAsNodesAndReturnAsArrays()
    {
        var source = "def reverse_list(head: ListNode | None) -> ListNode | None:\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n";

        AssertAccepted(await JudgeAsync(ReverseList, Language.Python, source));
    }

    [Fact]
    public async Task CSharpListsArriveAsNodesAndReturnAsArrays()
    {
        var source = "public class Solution\n{\n    public ListNode ReverseList(ListNode head)\n    {\n        ListNode prev = null;\n        while (head != null) { var next = head.next; head.next = prev; prev = head; head = next; }\n        return prev;\n    }\n}";

        AssertAccepted(await JudgeAsync(ReverseList, Language.CSharp, source));
    }

    [Fact]
    public async Task TreesRoundTripInLevelOrder_InBothLanguages()
    {
        var python = "def mirror(root):\n    if root is None:\n        return None\n    root.left, root.right = mirror(root.right), mirror(root.left)\n    return root\n";
        var csharp = "public class Solution\n{\n    public TreeNode Mirror(TreeNode root)\n    {\n        if (root == null) return null;\n        (root.left, root.right) = (Mirror(root.right), Mirror(root.left));\n        return root;\n    }\n}";

        AssertAccepted(await JudgeAsync(MirrorTree, Language.Python, python));
        AssertAccepted(await JudgeAsync(MirrorTree, Language.CSharp, csharp));
    }

    [Fact]
    public async Task ArraysOfLists_TreatAMissingListAsEmpty()
    {
        var python = "def halves(head):\n    values = []\n    while head:\n        values.append(head.val)\n        head = head.next\n    k = (len(values) + 1) // 2\n    def build(vs):\n        node = None\n        for v in reversed(vs):\n            node = ListNode(v, node)\n        return node\n    return [build(values[:k]), build(values[k:])]\n";

        AssertAccepted(await JudgeAsync(SplitHalves, Language.Python, python));
    }

    [Fact]
    public async Task ACyclicReturnedList_IsARuntimeErrorThatSaysSo()
    {
        var python = "def reverse_list(head):\n    node = ListNode(1)\n    node.next = node\n    return node\n";
        var csharp = "public class Solution\n{\n    public ListNode ReverseList(ListNode head)\n    {\n        var node = new ListNode(1);\n        node.next = node;\n        return node;\n    }\n}";

        var fromPython = await JudgeAsync(ReverseList, Language.Python, python);
        var fromCSharp = await JudgeAsync(ReverseList, Language.CSharp, csharp);

        Assert.Equal(Verdicts.RuntimeError, fromPython.Verdict);
        Assert.Contains("cycle", fromPython.Tests[0].Message, StringComparison.Ordinal);
        Assert.Equal(Verdicts.RuntimeError, fromCSharp.Verdict);
        Assert.Contains("cycle", fromCSharp.Tests[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongTree_ShowsBothTreesInLevelOrder()
    {
        var result = await JudgeAsync(MirrorTree, Language.Python, "def mirror(root):\n    return root\n");

        Assert.Equal(Verdicts.WrongAnswer, result.Verdict);
        Assert.Equal("test 1: input [4,2,7,1,3,6,9], expected [4,7,2,9,6,3,1], got [4,2,7,1,3,6,9]", result.Tests[0].Message);
    }
}
