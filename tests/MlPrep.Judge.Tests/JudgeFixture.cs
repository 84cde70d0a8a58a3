using System.Text;
using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;

namespace MlPrep.Judge.Tests;

/// <summary>
/// One runner for all sandbox tests. These tests need bubblewrap, a writable cgroup hierarchy
/// and (as root) the judge user: ./test.sh installs them. Where they are missing the tests
/// fail with the fix, rather than pass without having run anything.
/// </summary>
public static class Judge
{
    public static SandboxEnvironment Environment { get; } = SandboxEnvironment.Detect();

    /// <summary>Creating the sandbox also clears the cgroups and boxes left by judges that died.</summary>
    public static ProgramRunner Runner { get; } = new(new BubblewrapSandbox(Environment), new CSharpCompiler());

    /// <summary>
    /// The limits of most tests: generous in wall-clock time, so that a busy machine does not
    /// turn a memory or output verdict into a time verdict.
    /// </summary>
    public static SandboxLimits Patient { get; } = new() { CpuTime = TimeSpan.FromSeconds(10), WallTime = TimeSpan.FromSeconds(60) };

    /// <summary>For programs that are meant to run out of time: one CPU second.</summary>
    public static SandboxLimits OneCpuSecond { get; } = Patient with { CpuTime = TimeSpan.FromSeconds(1) };

    /// <summary>For programs that wait rather than compute: two wall-clock seconds.</summary>
    public static SandboxLimits TwoWallSeconds { get; } = Patient with { WallTime = TimeSpan.FromSeconds(2) };

    public static Task<RunResult> PythonAsync(string source, SandboxLimits? limits = null, string stdin = "") =>
        RunAsync(Language.Python, source, limits, stdin);

    public static Task<RunResult> CSharpAsync(string source, SandboxLimits? limits = null, string stdin = "") =>
        RunAsync(Language.CSharp, source, limits, stdin);

    private static Task<RunResult> RunAsync(Language language, string source, SandboxLimits? limits, string stdin)
    {
        Assert.True(Environment.Problem is null, Environment.Problem);
        return Runner.RunAsync(language, source, Encoding.UTF8.GetBytes(stdin), limits ?? Patient);
    }

    /// <summary>The /proc folder of every process.</summary>
    private static IEnumerable<string> ProcessDirectories() =>
        Directory.GetDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _));

    /// <summary>Processes of any user whose command line (arguments joined by NUL) matches.</summary>
    public static int ProcessesWhere(Func<string, bool> commandLine) => ProcessDirectories()
        .Count(d =>
        {
            try
            {
                return commandLine(File.ReadAllText(Path.Combine(d, "cmdline")));
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        });

    /// <summary>
    /// Live processes (zombies aside) running as the judge user: a run must leave none behind.
    /// Killed processes take a moment to die and be reaped (a box's inner bwrap is reparented to
    /// the machine's init), so this waits up to ten seconds for them on a busy machine.
    /// </summary>
    public static IReadOnlyList<int> JudgeUserProcesses()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var live = LiveJudgeProcesses();
        while (live.Count > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
            live = LiveJudgeProcesses();
        }

        return live;
    }

    private static List<int> LiveJudgeProcesses()
    {
        if (Environment.JudgeUid is not { } uid)
        {
            return [];
        }

        var result = new List<int>();
        foreach (var dir in ProcessDirectories())
        {
            var pid = int.Parse(Path.GetFileName(dir), System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                var status = File.ReadAllLines(Path.Combine(dir, "status"));
                var uidLine = status.FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
                var zombie = status.Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z', StringComparison.Ordinal));
                if (!zombie && uidLine is not null && uidLine.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == uid.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    result.Add(pid);
                }
            }
            catch (IOException)
            {
            }
        }

        return result;
    }
}

/// <summary>Sandbox tests run one class at a time, so checks for leftover processes and boxes see only their own.</summary>
[CollectionDefinition(Name)]
public sealed class SandboxCollection
{
    public const string Name = "sandbox";
}

/// <summary>
/// A pool of warm boxes for one test class, warmed for the default memory limit before the first
/// test and emptied after the last, so no warm box outlives the class (other tests check that
/// no judge process or box is left behind).
/// </summary>
public sealed class WarmPoolFixture : IAsyncLifetime
{
    public const long DefaultMemory = 256L * 1024 * 1024;

    public WarmPoolFixture()
    {
        var sandbox = new BubblewrapSandbox(Tests.Judge.Environment);
        var compiler = new CSharpCompiler();
        Pool = new WarmPool(sandbox, compiler);
        Judge = new ProblemJudge(sandbox, compiler, Pool);
    }

    public WarmPool Pool { get; }

    public ProblemJudge Judge { get; }

    public async Task InitializeAsync()
    {
        Pool.Warm(Language.Python, DefaultMemory);
        Pool.Warm(Language.CSharp, DefaultMemory);
        await Pool.WaitReadyAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync() => await Pool.DisposeAsync();
}
