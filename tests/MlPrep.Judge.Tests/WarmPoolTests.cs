using MlPrep.Core.Curriculum;
using MlPrep.Judge.Runners;

namespace MlPrep.Judge.Tests;

/// <summary>
/// Warm boxes: used once each and replaced, nothing carried from one submission to the next,
/// limits counted from the hand-over, and nothing left when the pool is disposed.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class WarmPoolTests(WarmPoolFixture warm) : IClassFixture<WarmPoolFixture>
{
    private static readonly Core.Problems.Problem TwoSum = CurriculumLoader.Load(TestRepo.Content).FindProblem("two-sum")!;
    private static readonly string Reference = TwoSum.Solutions["python"];

    private async Task<JudgeResult> WarmJudgeAsync(Language language, string source)
    {
        Assert.True(Judge.Environment.Problem is null, Judge.Environment.Problem);
        await warm.Pool.WaitReadyAsync(TimeSpan.FromSeconds(60));
        var taken = warm.Pool.Taken;
        var result = await warm.Judge.JudgeAsync(TwoSum, language, source);
        Assert.Equal(taken + 1, warm.Pool.Taken);
        return result;
    }

    [Fact]
    public async Task EachBoxServesOneSubmission_AndIsReplaced()
    {
        var first = await WarmJudgeAsync(Language.Python, Reference);
        var second = await WarmJudgeAsync(Language.CSharp, TwoSum.Solutions["csharp"]);

        Assert.Equal(Verdicts.Accepted, first.Verdict);
        Assert.Equal(Verdicts.Accepted, second.Verdict);
        await warm.Pool.WaitReadyAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(2, warm.Pool.Ready);
    }

    [Fact]
    public async Task NumpyIsAlreadyLoaded_AndUsable()
    {
        var source = "import sys\nassert 'numpy' in sys.modules\nimport numpy as np\n" + Reference;

        var result = await WarmJudgeAsync(Language.Python, source);

        Assert.True(result.Verdict == Verdicts.Accepted, result.Stderr);
    }

    [Fact]
    public async Task AFileLeftInTmp_IsNotThereForTheNextSubmission()
    {
        var leave = "open('/tmp/left-behind.txt', 'w').write('secret')\n" + Reference;
        var look = "import os\nassert not os.path.exists('/tmp/left-behind.txt'), 'found the file'\n" + Reference;

        var first = await WarmJudgeAsync(Language.Python, leave);
        var second = await WarmJudgeAsync(Language.Python, look);

        Assert.Equal(Verdicts.Accepted, first.Verdict);
        Assert.True(second.Verdict == Verdicts.Accepted, second.Stderr);
    }

    [Fact]
    public async Task ReadingStandardInput_GetsEndOfInputAtOnce()
    {
        var python = "import sys\nassert sys.stdin.read() == ''\n" + Reference;
        var csharp = TwoSum.Solutions["csharp"].Replace("public class Solution\n{", "public class Solution\n{\n    static Solution() { if (Console.In.ReadToEnd() != \"\" || Console.OpenStandardInput().ReadByte() != -1) throw new Exception(\"input\"); }", StringComparison.Ordinal);
        Assert.Contains("static Solution()", csharp, StringComparison.Ordinal);

        var p = await WarmJudgeAsync(Language.Python, python);
        var c = await WarmJudgeAsync(Language.CSharp, csharp);

        Assert.True(p.Verdict == Verdicts.Accepted, p.Stderr + string.Join(' ', p.Tests.Select(t => t.Message)));
        Assert.True(c.Verdict == Verdicts.Accepted, c.Stderr + string.Join(' ', c.Tests.Select(t => t.Message)));
    }

    [Fact]
    public async Task InfiniteLoop_IsTimeLimitExceeded()
    {
        var result = await WarmJudgeAsync(Language.Python, "def two_sum(nums, target):\n    while True:\n        pass\n");

        Assert.Equal(Verdicts.TimeLimitExceeded, result.Verdict);
    }

    [Fact]
    public async Task MemoryBomb_IsMemoryLimitExceeded()
    {
        var result = await WarmJudgeAsync(Language.CSharp, "public class Solution\n{\n    public int[] TwoSum(int[] nums, int target)\n    {\n        var hoard = new List<byte[]>();\n        while (true) hoard.Add(new byte[1 << 20]);\n    }\n}");

        Assert.Equal(Verdicts.MemoryLimitExceeded, result.Verdict);
    }

    [Fact]
    public async Task ADaemonStartedByASubmission_DiesWithItsBox()
    {
        var source = "import subprocess\nsubprocess.Popen(['sleep', '317'], start_new_session=True)\n" + Reference;

        var result = await WarmJudgeAsync(Language.Python, source);

        Assert.Equal(Verdicts.Accepted, result.Verdict);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (SleepProcesses() > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, SleepProcesses());
    }

    private static int SleepProcesses() => Judge.ProcessesWhere(c => c.StartsWith("sleep\0317", StringComparison.Ordinal));

    [Fact]
    public async Task DisposingThePool_LeavesNoProcessOrBox()
    {
        await warm.Pool.WaitReadyAsync(TimeSpan.FromSeconds(60));
        var before = Directory.GetDirectories(Sandbox.BoxDirectory.Root).ToHashSet();
        var pool = new WarmPool(new Sandbox.BubblewrapSandbox(Judge.Environment), new CSharpCompiler());
        pool.Warm(Language.Python, WarmPoolFixture.DefaultMemory);
        pool.Warm(Language.CSharp, WarmPoolFixture.DefaultMemory);
        await pool.WaitReadyAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(2, pool.Ready);
        var mine = Directory.GetDirectories(Sandbox.BoxDirectory.Root).Except(before).ToList();
        Assert.Equal(2, mine.Count);

        await pool.DisposeAsync();

        Assert.All(mine, dir => Assert.False(Directory.Exists(dir), $"{dir} is left behind"));
        Assert.Null(pool.TryTake(Language.Python, WarmPoolFixture.DefaultMemory));
    }
}
