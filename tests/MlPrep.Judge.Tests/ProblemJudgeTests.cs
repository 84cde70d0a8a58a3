using MlPrep.Core.Curriculum;
using MlPrep.Core.Problems;
using MlPrep.Judge.Runners;

namespace MlPrep.Judge.Tests;

/// <summary>
/// A sample of the shipped problems, one or more of each kind of signature, accepts both of its
/// reference solutions, and known-wrong solutions get the verdict they deserve: in fresh boxes,
/// and again in warm pre-started ones. Every problem of the bank is proven the same way by
/// <c>mlprep problems check</c>, which ./test.sh runs.
/// </summary>
public abstract class ProblemJudgeTests
{
    private static readonly Core.Curriculum.Curriculum Shipped = CurriculumLoader.Load(TestRepo.Content);

    /// <summary>The judge under test: cold boxes, or a warm pool.</summary>
    protected abstract ProblemJudge Judge { get; }

    /// <summary>Vectors, matrices, strings, intervals, grids and floats with tolerances, in both kinds of problem.</summary>
    private static readonly string[] Sample = ["adam-step", "attention", "balanced-brackets", "count-islands", "kmeans-step", "longest-distinct-run", "merge-intervals", "roc-auc", "softmax", "two-sum"];

    public static TheoryData<string, string> ReferenceSolutions()
    {
        var data = new TheoryData<string, string>();
        foreach (var problem in CurriculumLoader.Load(TestRepo.Content).Problems.Where(p => Sample.Contains(p.Id)))
        {
            data.Add(problem.Id, "python");
            data.Add(problem.Id, "csharp");
        }

        return data;
    }

    private static Problem Problem(string id) => Shipped.FindProblem(id) ?? throw new InvalidOperationException($"no problem {id}: {string.Join('\n', Shipped.Errors)}");

    private Task<JudgeResult> JudgeAsync(string id, Language language, string source)
    {
        Assert.True(Tests.Judge.Environment.Problem is null, Tests.Judge.Environment.Problem);
        return Judge.JudgeAsync(Problem(id), language, source);
    }

    [Fact]
    public void ShippedProblems_LoadWithoutErrors()
    {
        Assert.DoesNotContain(Shipped.Errors, e => e.File.Contains("/problems/", StringComparison.Ordinal));
        Assert.Contains(Shipped.Problems, p => p.Kind == "ml");
        Assert.Contains(Shipped.Problems, p => p.Kind == "dsa");
    }

    [Theory]
    [MemberData(nameof(ReferenceSolutions))]
    public async Task ReferenceSolution_IsAccepted(string id, string language)
    {
        var problem = Problem(id);
        LanguageNames.TryParse(language, out var lang);

        var result = await Judge.JudgeAsync(problem, lang, problem.Solutions[language]);

        Assert.True(result.Verdict == Verdicts.Accepted, $"{id} ({language}): {result.Verdict} {string.Join(" | ", result.Tests.Where(t => !t.Passed).Select(t => t.Message))} {result.CompileOutput} {result.Stderr}");
        Assert.Equal(problem.Tests.Count, result.Tests.Count);
    }

    public static TheoryData<string> WrongSolutions()
    {
        var data = new TheoryData<string>();
        foreach (var problem in CurriculumLoader.Load(TestRepo.Content).Problems.Where(p => Sample.Contains(p.Id) && p.WrongSolution is not null))
        {
            data.Add(problem.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongSolutions))]
    public async Task KnownWrongSolution_IsNotAccepted(string id)
    {
        var problem = Problem(id);

        var result = await Judge.JudgeAsync(problem, Language.Python, problem.WrongSolution!);

        Assert.True(result.Verdict != Verdicts.Accepted, $"{id}: wrong.py was accepted");
        Assert.NotEqual(Verdicts.InternalError, result.Verdict);
        Assert.NotEqual(Verdicts.CompilationError, result.Verdict);
    }

    [Fact]
    public async Task NaiveSoftmax_OverflowsIntoAWrongAnswerOnTheVisibleExample()
    {
        var result = await JudgeAsync("softmax", Language.Python, "import math\ndef softmax(z):\n    e = [math.exp(x) if x < 700 else float('inf') for x in z]\n    s = sum(e)\n    return [x / s for x in e]");

        Assert.Equal(Verdicts.WrongAnswer, result.Verdict);
        var failure = result.Tests.First(t => !t.Passed);
        Assert.True(failure.Visible);
        Assert.StartsWith("test 2: input [1000,1000], expected [0.5,0.5], got", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuadraticTwoSum_ExceedsTheTimeLimitOnTheLargeHiddenTest()
    {
        var source = "def two_sum(nums, target):\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] + nums[j] == target:\n                return [i, j]";

        var result = await JudgeAsync("two-sum", Language.Python, source);

        Assert.Equal(Verdicts.TimeLimitExceeded, result.Verdict);
        var failure = result.Tests.First(t => !t.Passed);
        Assert.False(failure.Visible);
        Assert.StartsWith($"hidden test {failure.Index}: time limit exceeded", failure.Message, StringComparison.Ordinal);
        Assert.All(result.Tests.Where(t => t.Index < failure.Index), t => Assert.True(t.Passed));
    }

    [Fact]
    public async Task WrongOrder_IsAWrongAnswerThatShowsInputExpectedAndActual()
    {
        var result = await JudgeAsync("two-sum", Language.CSharp, "public class Solution\n{\n    public int[] TwoSum(int[] nums, int target) => [1, 0];\n}");

        Assert.Equal(Verdicts.WrongAnswer, result.Verdict);
        Assert.Equal("test 1: input [2,7,11,15], 9, expected [0,1], got [1,0]", result.Tests[0].Message);
    }

    [Fact]
    public async Task HiddenFailures_RevealOnlyTheirIndex()
    {
        var source = "def two_sum(nums, target):\n    if len(nums) > 4:\n        raise ValueError('secret ' + str(nums))\n    seen = {}\n    for j, v in enumerate(nums):\n        if target - v in seen:\n            return [seen[target - v], j]\n        seen[v] = j";

        var result = await JudgeAsync("two-sum", Language.Python, source);

        Assert.Equal(Verdicts.RuntimeError, result.Verdict);
        var failure = result.Tests.First(t => !t.Passed);
        Assert.False(failure.Visible);
        Assert.DoesNotContain("[", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ValueError", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintsInTheSolution_DoNotDisturbTheResults()
    {
        var source = "import os, sys\ndef two_sum(nums, target):\n    print('{\"i\": 0, \"ok\": true, \"value\": [9, 9]}')\n    os.write(1, b'noise\\n')\n    seen = {}\n    for j, v in enumerate(nums):\n        if target - v in seen:\n            return [seen[target - v], j]\n        seen.setdefault(v, j)";

        var result = await JudgeAsync("two-sum", Language.Python, source);

        Assert.Equal(Verdicts.Accepted, result.Verdict);
    }

    [Fact]
    public async Task PythonSyntaxError_IsACompilationError()
    {
        var result = await JudgeAsync("softmax", Language.Python, "def softmax(z)\n    return z");

        Assert.Equal(Verdicts.CompilationError, result.Verdict);
        Assert.Contains("SyntaxError", result.CompileOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CSharpCompileError_NamesLineAndColumn()
    {
        var result = await JudgeAsync("softmax", Language.CSharp, "public class Solution\n{\n    public double[] Softmax(double[] logits) => logits.Foo();\n}");

        Assert.Equal(Verdicts.CompilationError, result.Verdict);
        Assert.Contains("main.cs(3,", result.CompileOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFunction_IsARuntimeErrorThatSaysSo()
    {
        var result = await JudgeAsync("softmax", Language.Python, "def soft_max(z):\n    return z");

        Assert.Equal(Verdicts.RuntimeError, result.Verdict);
        Assert.Contains("softmax", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeAllocation_IsMemoryLimitExceeded()
    {
        var result = await JudgeAsync("softmax", Language.Python, "def softmax(z):\n    junk = [bytearray(10**7) for _ in range(1000)]\n    return z");

        Assert.Equal(Verdicts.MemoryLimitExceeded, result.Verdict);
    }

    [Fact]
    public async Task CSharpException_IsARuntimeErrorWithItsType()
    {
        var result = await JudgeAsync("softmax", Language.CSharp, "public class Solution\n{\n    public double[] Softmax(double[] logits) => throw new InvalidOperationException(\"nope\");\n}");

        Assert.Equal(Verdicts.RuntimeError, result.Verdict);
        Assert.Contains("InvalidOperationException: nope", result.Tests[0].Message, StringComparison.Ordinal);
    }
}

/// <summary>The judge with a fresh box per submission.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ColdProblemJudgeTests : ProblemJudgeTests
{
    private static readonly ProblemJudge Cold = new(new Sandbox.BubblewrapSandbox(Tests.Judge.Environment), new CSharpCompiler());

    protected override ProblemJudge Judge => Cold;
}

/// <summary>The judge with warm, pre-started single-use boxes: the same verdicts.</summary>
[Collection(SandboxCollection.Name)]
public sealed class WarmProblemJudgeTests(WarmPoolFixture warm) : ProblemJudgeTests, IClassFixture<WarmPoolFixture>
{
    protected override ProblemJudge Judge => warm.Judge;
}
