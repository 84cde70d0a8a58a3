using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Tests.Problems;

public sealed class ProblemLoaderTests
{
    private const string ValidYaml = """
        id: add
        title: Add two numbers
        difficulty: easy
        kind: ml
        topics: [ml.a]
        function: add_up
        params:
          - { name: a, type: "double" }
          - { name: b, type: "int[]" }
        returns: "double"
        comparator: { kind: float, abs: 1.0e-9 }
        limits: { time: 1, memory: 128 }
        """;

    private const string ValidTests = """
        visible:
          - args: [1.5, [1, 2]]
            expected: 4.5
        hidden:
          - args: [0, []]
            expected: 0
        """;

    private static TempContent WithProblem(string yaml = ValidYaml, string tests = ValidTests, bool withFiles = true)
    {
        var content = new TempContent();
        var folder = Path.Combine(content.Root, "problems", "add");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "problem.yaml"), yaml);
        File.WriteAllText(Path.Combine(folder, "tests.yaml"), tests);
        if (withFiles)
        {
            foreach (var name in new[] { "statement.md", "starter.py", "starter.cs", "solution.py", "solution.cs" })
            {
                File.WriteAllText(Path.Combine(folder, name), "x");
            }
        }

        return content;
    }

    [Fact]
    public void ValidProblem_Loads()
    {
        using var content = WithProblem();

        var curriculum = CurriculumLoader.Load(content.Root);

        Assert.Empty(curriculum.Errors);
        var problem = Assert.Single(curriculum.Problems);
        Assert.Equal("AddUp", problem.CSharpMethod);
        Assert.Equal(2, problem.Tests.Count);
        Assert.Equal("int[]", problem.Parameters[1].Type.ToString());
        Assert.Equal("list[int]", problem.Parameters[1].Type.Python);
        Assert.Equal(TimeSpan.FromSeconds(1), problem.TimeLimit);
        Assert.Equal([problem], curriculum.ProblemsFor("ml.a"));
    }

    [Fact]
    public void EditorialAndWrongSolution_AreOptional_AndLoadWhenPresent()
    {
        using var content = WithProblem();
        var folder = Path.Combine(content.Root, "problems", "add");
        Assert.Null(Assert.Single(CurriculumLoader.Load(content.Root).Problems).EditorialMarkdown);

        File.WriteAllText(Path.Combine(folder, "editorial.md"), "## Approach\n\nSum in one pass, $O(n)$.\n");
        File.WriteAllText(Path.Combine(folder, "wrong.py"), "def add_up(k, xs):\n    return sum(xs[1:])\n");
        var problem = Assert.Single(CurriculumLoader.Load(content.Root).Problems);

        Assert.StartsWith("## Approach", problem.EditorialMarkdown, StringComparison.Ordinal);
        Assert.Contains("xs[1:]", problem.WrongSolution, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenEditorialMath_IsReportedWithFileAndLine()
    {
        using var content = WithProblem();
        File.WriteAllText(Path.Combine(content.Root, "problems", "add", "editorial.md"), "## Approach\n\nCost $O(n) per item.\n");

        var curriculum = CurriculumLoader.Load(content.Root);

        var error = Assert.Single(curriculum.Errors);
        Assert.EndsWith("editorial.md", error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Empty(curriculum.Problems);
    }

    [Theory]
    [InlineData("topics: [ml.a]", "topics: [ml.nope]", 5, "unknown topic 'ml.nope'")]
    [InlineData("kind: ml", "kind: dsa", 4, "a dsa problem names its pattern")]
    [InlineData("kind: ml", "kind: dsa\npattern: hashing", 5, "unknown pattern 'hashing': it must be one of arrays-hashing, two-pointers")]
    [InlineData("difficulty: easy", "difficulty: trivial", 3, "difficulty 'trivial' is not one of")]
    [InlineData("type: \"int[]\"", "type: \"int[][][][]\"", 9, "parameter type 'int[][][][]' is not one of")]
    [InlineData("{ kind: float, abs: 1.0e-9 }", "{ kind: float }", 11, "a float comparator states its tolerance")]
    [InlineData("function: add_up", "function: AddUp", 6, "function 'AddUp' must be a snake_case name")]
    [InlineData("id: add", "id: plus", 1, "id 'plus' must match its folder name 'add'")]
    public void BrokenProblemYaml_IsReportedWithLine(string from, string to, int line, string message)
    {
        using var content = WithProblem(ValidYaml.Replace(from, to, StringComparison.Ordinal));

        var curriculum = CurriculumLoader.Load(content.Root);

        Assert.Empty(curriculum.Problems);
        Assert.Contains(curriculum.Errors, e => e.File == "content/problems/add/problem.yaml" && e.Line == line && e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("args: [1.5, [1, 2]]", "args: [1.5]", "test 1 gives 1 arguments; the function takes 2")]
    [InlineData("args: [1.5, [1, 2]]", "args: [1.5, [1, 2.5]]", "test 1: argument 'b' is not a int[]")]
    [InlineData("expected: 4.5", "expected: \"four\"", "test 1: expected value is not a double")]
    public void BrokenTests_AreReportedWithLine(string from, string to, string message)
    {
        using var content = WithProblem(tests: ValidTests.Replace(from, to, StringComparison.Ordinal));

        var curriculum = CurriculumLoader.Load(content.Root);

        Assert.Empty(curriculum.Problems);
        var error = Assert.Single(curriculum.Errors);
        Assert.Equal("content/problems/add/tests.yaml", error.File);
        Assert.Equal(message, error.Message);
        Assert.InRange(error.Line, 2, 3);
    }

    [Fact]
    public void MissingFiles_AreEachReported()
    {
        using var content = WithProblem(withFiles: false);

        var errors = CurriculumLoader.Load(content.Root).Errors;

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.File == "content/problems/add/solution.cs" && e.Message.StartsWith("solution.cs is missing", StringComparison.Ordinal));
    }
}
