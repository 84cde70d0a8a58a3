using System.Collections.Concurrent;
using MlPrep.Core.Problems;
using MlPrep.Judge.Runners;

namespace MlPrep.Judge;

/// <summary>
/// What the check found for one problem: the verdict of each reference solution, of the
/// known-wrong solution, and any shortfall of the problem's own files.
/// </summary>
public sealed record ProblemCheck(string Id, IReadOnlyDictionary<string, string> References, string Wrong, IReadOnlyList<string> Issues)
{
    /// <summary>Both references accepted, the wrong solution rejected for a real reason, nothing missing.</summary>
    public bool Ok => References.Values.All(v => v == Verdicts.Accepted)
        && Wrong is not (Verdicts.Accepted or Verdicts.InternalError or Verdicts.CompilationError or ProblemChecker.Missing)
        && Issues.Count == 0;
}

/// <summary>
/// Proves each problem by its own references: both reference solutions must be accepted and the
/// deliberately wrong one (wrong.py) rejected, which shows the tests can tell them apart. It also
/// holds every problem to the bank's bar: at least <see cref="MinVisible"/> visible and
/// <see cref="MinHidden"/> hidden tests, and an editorial.
/// </summary>
public sealed class ProblemChecker(ProblemJudge judge, int workers)
{
    public const int MinVisible = 3;
    public const int MinHidden = 10;

    /// <summary>The verdict reported for a solution file that does not exist.</summary>
    public const string Missing = "Missing";

    public async Task<IReadOnlyList<ProblemCheck>> CheckAsync(IReadOnlyList<Problem> problems, Action<ProblemCheck>? done = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var verdicts = new ConcurrentDictionary<(string Id, string Solution), string>();
        var remaining = new ConcurrentDictionary<string, int>(problems.ToDictionary(p => p.Id, _ => 3));
        var results = new ConcurrentDictionary<string, ProblemCheck>();
        var jobs = problems.SelectMany(p => new (Problem Problem, string Solution)[] { (p, "python"), (p, "csharp"), (p, "wrong") }).ToList();
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers), CancellationToken = cancellationToken }, async (job, token) =>
        {
            verdicts[(job.Problem.Id, job.Solution)] = await VerdictAsync(job.Problem, job.Solution, token);
            if (remaining.AddOrUpdate(job.Problem.Id, 0, (_, left) => left - 1) == 0)
            {
                var check = Summarise(job.Problem, verdicts);
                results[check.Id] = check;
                done?.Invoke(check);
            }
        });

        return [.. problems.Select(p => results[p.Id])];
    }

    private async Task<string> VerdictAsync(Problem problem, string solution, CancellationToken cancellationToken)
    {
        var (language, source) = solution switch
        {
            "python" => (Language.Python, problem.Solutions.GetValueOrDefault("python")),
            "csharp" => (Language.CSharp, problem.Solutions.GetValueOrDefault("csharp")),
            _ => (Language.Python, problem.WrongSolution),
        };
        if (string.IsNullOrWhiteSpace(source))
        {
            return Missing;
        }

        try
        {
            return (await judge.JudgeAsync(problem, language, source, cancellationToken: cancellationToken)).Verdict;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Verdicts.InternalError;
        }
    }

    private static ProblemCheck Summarise(Problem problem, ConcurrentDictionary<(string, string), string> verdicts)
    {
        var issues = new List<string>();
        var visible = problem.Tests.Count(t => t.Visible);
        var hidden = problem.Tests.Count - visible;
        if (visible < MinVisible)
        {
            issues.Add($"{visible} visible tests; at least {MinVisible} are needed");
        }

        if (hidden < MinHidden)
        {
            issues.Add($"{hidden} hidden tests; at least {MinHidden} are needed");
        }

        if (string.IsNullOrWhiteSpace(problem.EditorialMarkdown))
        {
            issues.Add("no editorial.md");
        }

        var references = new Dictionary<string, string>
        {
            ["python"] = verdicts[(problem.Id, "python")],
            ["csharp"] = verdicts[(problem.Id, "csharp")],
        };
        var wrong = verdicts[(problem.Id, "wrong")];
        foreach (var (language, verdict) in references.Where(r => r.Value != Verdicts.Accepted))
        {
            issues.Add($"the {language} reference solution got {verdict}");
        }

        issues.Add(wrong switch
        {
            Missing => "no wrong.py",
            Verdicts.Accepted => "wrong.py was accepted: the tests do not catch its mistake",
            Verdicts.InternalError or Verdicts.CompilationError => $"wrong.py got {wrong}, which proves nothing about the tests",
            _ => "",
        });
        issues.RemoveAll(string.IsNullOrEmpty);
        return new ProblemCheck(problem.Id, references, wrong, issues);
    }
}
