using MlPrep.Core.Practice;
using MlPrep.Core.Srs;
using static MlPrep.Core.Tests.Practice.PracticeFixture;

namespace MlPrep.Core.Tests.Practice;

/// <summary>
/// Readiness over the practice fixture, with numbers worked out by hand. A card last reviewed S days ago with
/// stability S has R = 0.9 (the forgetting curve's definition of S); one reviewed today has R = 1; a new card 0.
/// </summary>
public sealed class ReadinessTests
{
    private const double Tolerance = 1e-9;

    private static readonly Scheduler Scheduler = new(new SchedulerOptions { EnableFuzz = false }, new FakeClock(Now));

    private static Dictionary<string, IReadOnlyList<bool>> Quiz(params (string Topic, bool[] Answers)[] topics) =>
        topics.ToDictionary(t => t.Topic, t => (IReadOnlyList<bool>)t.Answers, StringComparer.Ordinal);

    private static Readiness Example()
    {
        var learner = Learner(
        [
            Reviewed("ml.a/c1", stability: 10, daysAgo: 10, dueInDays: 0), // R = 0.9
            Reviewed("ml.a/c2", stability: 3, daysAgo: 0.5, dueInDays: 2.5), // less than a whole day: R = 1
            Reviewed("math.x/c1", stability: 10, daysAgo: 10, dueInDays: 0),
            Reviewed("math.x/c2", stability: 4, daysAgo: 4, dueInDays: 0),
            Reviewed("math.x/c3", stability: 20, daysAgo: 20, dueInDays: 0),
        ]);
        var quiz = Quiz(("ml.a", [false, true, true]), ("ml.b", [true]));
        return Readiness.Compute(Roadmap, learner, quiz, Scheduler, Now);
    }

    [Fact]
    public void Topic_MixesMeanRetrievabilityAndRecencyWeightedQuizAccuracy()
    {
        var topic = Example().Of("ml.a")!;

        // R̄ = (0.9 + 1 + 0) / 3; Q = (1·0 + 2·1 + 3·1) / (1 + 2 + 3) = 5/6; mastery = 0.7·R̄ + 0.3·Q.
        Assert.Equal(1.9 / 3, topic.MeanRetrievability, Tolerance);
        Assert.Equal(5.0 / 6, topic.QuizAccuracy!.Value, Tolerance);
        Assert.Equal(0.7 * 1.9 / 3 + 0.3 * 5.0 / 6, topic.Score, Tolerance);
        Assert.Equal(0.6933333333, topic.Score, 1e-9);
        Assert.Equal(69, topic.Percent);
        Assert.Equal(2, topic.ReviewedCards);
        Assert.Equal(3, topic.QuizAnswers);
        Assert.True(topic.Started);
    }

    [Fact]
    public void Topic_WithoutQuizAnswers_IsItsMeanRetrievability()
    {
        var readiness = Example();

        Assert.Equal(0.9, readiness.Of("math.x")!.Score, Tolerance);
        Assert.Null(readiness.Of("math.x")!.QuizAccuracy);
        Assert.Equal(0, readiness.Of("ml.c")!.Score);
        Assert.False(readiness.Of("ml.c")!.Started);
    }

    [Fact]
    public void Topic_WithQuizAnswersOnly_IsStartedAndScoresTheQuizShare()
    {
        var topic = Example().Of("ml.b")!;

        Assert.Equal(0.3, topic.Score, Tolerance);
        Assert.True(topic.Started);
        Assert.Equal(0, topic.ReviewedCards);
    }

    [Fact]
    public void SectionAreaAndOverall_AreWeightedByCards()
    {
        var readiness = Example();
        var mlA = 0.7 * 1.9 / 3 + 0.3 * 5.0 / 6;

        Assert.Equal((mlA + 0.3) / 2, readiness.Of(Roadmap.FindArea("ml")!.Sections[0]).Score, Tolerance);
        Assert.Equal((3 * mlA + 3 * 0.3) / 12, readiness.Of(Roadmap.FindArea("ml")!).Score, Tolerance);
        Assert.Equal(0.9, readiness.Of(Roadmap.FindArea("math")!).Score, Tolerance);
        Assert.Equal((3 * mlA + 3 * 0.3 + 3 * 0.9) / 15, readiness.Overall.Score, Tolerance);
        Assert.Equal(0.3786666667, readiness.Overall.Score, 1e-9);
        Assert.Equal(15, readiness.Overall.Cards);
        Assert.Equal(5, readiness.Overall.ReviewedCards);
        Assert.Equal(3, readiness.Overall.StartedTopics);
    }

    [Fact]
    public void Weakest_ListsStartedTopicsLowestFirst()
    {
        var readiness = Example();

        Assert.Equal(["ml.b", "ml.a", "math.x"], readiness.Weakest(5).Select(t => t.Topic.Id));
        Assert.Equal(["ml.b"], readiness.Weakest(1).Select(t => t.Topic.Id));
        Assert.Equal(["ml.b", "ml.a"], readiness.Weakest(5, Roadmap.FindArea("ml")!.Topics).Select(t => t.Topic.Id));
    }

    [Fact]
    public void NothingDone_ScoresZeroEverywhere_AndNoWeakestTopics()
    {
        var readiness = Readiness.Compute(Roadmap, Learner(), Quiz(), Scheduler, Now);

        Assert.Equal(0, readiness.Overall.Score);
        Assert.Equal(0, readiness.Overall.StartedTopics);
        Assert.Empty(readiness.Weakest(5));
    }

    [Fact]
    public void Retrievability_FallsAsTimePasses()
    {
        var learner = Learner([Reviewed("math.x/c1", stability: 10, daysAgo: 10, dueInDays: 0)]);

        var now = Readiness.Compute(Roadmap, learner, Quiz(), Scheduler, Now).Of("math.x")!.Score;
        var later = Readiness.Compute(Roadmap, learner, Quiz(), Scheduler, Now.AddDays(30)).Of("math.x")!.Score;

        Assert.Equal(0.3, now, Tolerance); // one card of three at R = 0.9
        Assert.True(later < now, $"{later} should be below {now}");
    }

    [Theory]
    [InlineData(new[] { true }, 1.0)]
    [InlineData(new[] { false, true }, 2.0 / 3)]
    [InlineData(new[] { true, false }, 1.0 / 3)]
    // Twelve answers: only the last ten count, so the two wrong ones at the start are forgotten.
    [InlineData(new[] { false, false, true, true, true, true, true, true, true, true, true, true }, 1.0)]
    // Ten wrong, then two right: the window holds 8 wrong then 2 right, weighing 9 and 10 of 55.
    [InlineData(new[] { false, false, false, false, false, false, false, false, false, false, true, true }, 19.0 / 55)]
    public void QuizAccuracy_WeighsRecentAnswersMore_OverTheLastTen(bool[] answers, double expected)
    {
        Assert.Equal(expected, Readiness.QuizAccuracy(answers)!.Value, Tolerance);
    }

    [Fact]
    public void QuizAccuracy_WithoutAnswers_IsNull() => Assert.Null(Readiness.QuizAccuracy([]));
}
