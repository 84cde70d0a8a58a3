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
    public static JudgeBackend Detect()
    {
        var environment = SandboxEnvironment.Detect();
        if (environment.Problem is { } problem)
        {
            return new JudgeBackend(problem, (_, _) => throw new InvalidOperationException(problem));
        }

        var judge = new ProblemJudge(new BubblewrapSandbox(environment), new CSharpCompiler());
        return new JudgeBackend(null, JudgeQueue.Dispatch(judge));
    }
}
