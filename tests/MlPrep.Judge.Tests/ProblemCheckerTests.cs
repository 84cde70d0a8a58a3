using MlPrep.Core.Curriculum;
using MlPrep.Core.Problems;
using MlPrep.Judge.Runners;

namespace MlPrep.Judge.Tests;

/// <summary>The problem check passes a sound problem and names each way a problem falls short.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ProblemCheckerTests
{
    private static readonly Problem TwoSum = CurriculumLoader.Load(TestRepo.Content).FindProblem("two-sum")!;

    private static readonly ProblemChecker Checker = new(new ProblemJudge(new Sandbox.BubblewrapSandbox(Judge.Environment), new CSharpCompiler()), workers: 2);

    private static async Task<ProblemCheck> CheckAsync(Problem problem)
    {
        Assert.True(Judge.Environment.Problem is null, Judge.Environment.Problem);
        return Assert.Single(await Checker.CheckAsync([problem]));
    }

    [Fact]
    public async Task ASoundProblem_IsOk()
    {
        var check = await CheckAsync(TwoSum);

        Assert.True(check.Ok, string.Join("; ", check.Issues));
        Assert.Equal(Verdicts.Accepted, check.References["python"]);
        Assert.Equal(Verdicts.Accepted, check.References["csharp"]);
        Assert.Equal(Verdicts.TimeLimitExceeded, check.Wrong);
    }

    [Fact]
    public async Task TestsThatCannotTellTheWrongSolutionApart_Fail()
    {
        var check = await CheckAsync(TwoSum with { WrongSolution = TwoSum.Solutions["python"] });

        Assert.False(check.Ok);
        Assert.Equal(Verdicts.Accepted, check.Wrong);
        Assert.Contains("wrong.py was accepted: the tests do not catch its mistake", check.Issues);
    }

    [Fact]
    public async Task ABrokenReference_TooFewTestsAndNoEditorial_AreEachNamed()
    {
        var broken = TwoSum with
        {
            Solutions = new Dictionary<string, string> { ["python"] = "def two_sum(nums, target):\n    return [0, 1]\n", ["csharp"] = TwoSum.Solutions["csharp"] },
            Tests = [.. TwoSum.Tests.Take(2)],
            EditorialMarkdown = null,
            WrongSolution = null,
        };

        var check = await CheckAsync(broken);

        Assert.False(check.Ok);
        Assert.Equal(Verdicts.WrongAnswer, check.References["python"]);
        Assert.Equal(ProblemChecker.Missing, check.Wrong);
        Assert.Equal(
            ["2 visible tests; at least 3 are needed", "0 hidden tests; at least 10 are needed", "no editorial.md", "the python reference solution got WrongAnswer", "no wrong.py"],
            check.Issues);
    }
}
