using MlPrep.Judge;
using MlPrep.Judge.Runners;
using MlPrep.Judge.Sandbox;

namespace MlPrep.Web.Judging;

/// <summary>
/// What judges a request: the sandboxed judge of this machine, or, where the sandbox is missing,
/// nothing at all and the reason why (shown to the learner with the command that fixes it).
/// </summary>
public sealed record JudgeBackend(string? Unavailable, Func<JudgeRequest, CancellationToken, Task<JudgeResult>> Judge)
{
    /// <summary>The default memory limit of problems, warmed at start-up.</summary>
    public const long DefaultMemoryBytes = 256L * 1024 * 1024;

    /// <summary>The warm pool behind <see cref="Judge"/>, if any; the judge service disposes it.</summary>
    public WarmPool? Pool { get; init; }

    /// <summary>The sandboxed judge, with <paramref name="warmBoxes"/> pre-started boxes per language (0: none).</summary>
    public static JudgeBackend Detect(int warmBoxes = 1)
    {
        var environment = SandboxEnvironment.Detect();
        if (environment.Problem is { } problem)
        {
            return new JudgeBackend(problem, (_, _) => throw new InvalidOperationException(problem));
        }

        var sandbox = new BubblewrapSandbox(environment);
        var compiler = CSharpCompiler.Isolated();
        WarmPool? pool = null;
        if (warmBoxes > 0)
        {
            pool = new WarmPool(sandbox, compiler, warmBoxes);
            pool.Warm(Language.Python, DefaultMemoryBytes);
            pool.Warm(Language.CSharp, DefaultMemoryBytes);
        }

        var judge = new ProblemJudge(sandbox, compiler, pool);
        return new JudgeBackend(null, JudgeQueue.Dispatch(judge)) { Pool = pool };
    }
}
