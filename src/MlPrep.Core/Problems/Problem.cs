using System.Text.Json.Nodes;

namespace MlPrep.Core.Problems;

public sealed record Parameter(string Name, ValueType Type);

/// <summary>
/// How an answer is compared with the expected one. <see cref="Kind"/> is exact, float (each
/// number within max(<see cref="Absolute"/>, <see cref="Relative"/> × |expected|)), unordered
/// (the same items in any order) or set (the same distinct items).
/// </summary>
public sealed record Comparator(string Kind, double Absolute = 0, double Relative = 0)
{
    public static readonly string[] Kinds = ["exact", "float", "unordered", "set"];
}

/// <summary>One test: arguments by parameter name, the expected result, and whether it is shown to the learner.</summary>
public sealed record TestCase(int Index, bool Visible, IReadOnlyList<JsonNode?> Arguments, JsonNode? Expected);

/// <summary>A coding problem as <c>content/problems/&lt;id&gt;/</c> defines it.</summary>
public sealed record Problem(
    string Id,
    string Title,
    string Difficulty,
    string Kind,
    IReadOnlyList<string> Topics,
    string? Pattern,
    string Function,
    IReadOnlyList<Parameter> Parameters,
    ValueType Returns,
    Comparator Comparator,
    TimeSpan TimeLimit,
    int MemoryLimitMb,
    string StatementMarkdown,
    IReadOnlyDictionary<string, string> Starters,
    IReadOnlyDictionary<string, string> Solutions,
    IReadOnlyList<TestCase> Tests,
    string Folder)
{
    /// <summary>The method name in C#: the function name in PascalCase (two_sum becomes TwoSum).</summary>
    public string CSharpMethod => string.Concat(Function.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    public IEnumerable<TestCase> VisibleTests => Tests.Where(t => t.Visible);

    /// <summary>0 for easy, 1 for medium, 2 for hard: the order lists sort by.</summary>
    public int DifficultyRank => Array.IndexOf(ProblemLoader.Difficulties, Difficulty);

    /// <summary>The editorial (approach, complexity, common mistakes), from editorial.md; null when the problem has none yet.</summary>
    public string? EditorialMarkdown { get; init; }

    /// <summary>A deliberately wrong Python solution (wrong.py) that the judge must reject; null when there is none.</summary>
    public string? WrongSolution { get; init; }
}
