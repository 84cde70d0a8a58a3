using MlPrep.Core.Curriculum;
using MlPrep.Core.Problems;

namespace MlPrep.Core.Tests.Problems;

/// <summary>The practice paths over the shipped bank.</summary>
public sealed class ProblemPathsTests
{
    private static readonly Core.Curriculum.Curriculum Shipped = CurriculumLoader.Load(TestRepo.Content);

    [Fact]
    public void PatternPath_HasTheEighteenPatternsInOrder_EachProblemOnceFromEasyToHard()
    {
        var steps = ProblemPaths.Patterns(Shipped);

        Assert.Equal(
            ["arrays-hashing", "two-pointers", "sliding-window", "stack", "binary-search", "linked-list", "trees", "tries", "heap",
             "backtracking", "graphs", "advanced-graphs", "dp-1d", "dp-2d", "greedy", "intervals", "math-geometry", "bit-manipulation"],
            steps.Select(s => s.Id));
        Assert.Equal(Shipped.Problems.Where(p => p.Kind == "dsa").Select(p => p.Id).Order(), steps.SelectMany(s => s.Problems).Select(p => p.Id).Order());
        foreach (var step in steps)
        {
            Assert.All(step.Problems, p => Assert.Equal(step.Id, p.Pattern));
            var ranks = step.Problems.Select(p => Array.IndexOf(ProblemLoader.Difficulties, p.Difficulty)).ToList();
            Assert.Equal(ranks.Order(), ranks);
        }
    }

    [Fact]
    public void MlPath_FollowsTheRoadmapOrderOfEachProblemsFirstTopic()
    {
        var steps = ProblemPaths.Ml(Shipped);
        var position = Shipped.Topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var problems = steps.SelectMany(s => s.Problems).ToList();

        Assert.Equal(Shipped.Problems.Where(p => p.Kind == "ml").Select(p => p.Id).Order(), problems.Select(p => p.Id).Order());
        var firsts = problems.Select(p => p.Topics.Min(t => position[t])).ToList();
        Assert.Equal(firsts.Order(), firsts);
        Assert.All(steps, s => Assert.All(s.Problems, p => Assert.Equal(s.Id, Shipped.FindTopic(Shipped.Topics.ElementAt(p.Topics.Min(t => position[t])).Id)!.SectionId)));
    }
}
