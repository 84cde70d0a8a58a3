using MlPrep.Core.Practice;
using MlPrep.Core.Progress;
using MlPrep.Core.Srs;
using static MlPrep.Core.Tests.Practice.PracticeFixture;

namespace MlPrep.Core.Tests.Practice;

public sealed class SessionPlannerTests
{
    private readonly FakeClock _clock = new(Now);

    private SessionPlanner Planner() => new(new Scheduler(new SchedulerOptions { EnableFuzz = false }, _clock), _clock);

    private static ReviewScope Scope(string? area = null, string? section = null, string? topic = null)
    {
        Assert.True(ReviewScope.TryResolve(Roadmap, area, section, topic, out var scope, out var error), error?.Message);
        return scope;
    }

    private static string[] Ids(ReviewSession session) => [.. session.Cards.Select(c => c.Card.Id)];

    [Fact]
    public void Plan_NothingSeen_GivesNewCardsOfOpenTopicsInRoadmapOrder()
    {
        var session = Planner().Plan(Roadmap, ReviewScope.Roadmap(Roadmap), Learner());

        // ml.b waits for ml.a, ml.c for ml.b; ml.d's only prerequisite is not on the roadmap, math.x has none.
        Assert.Equal(["ml.a/c1", "ml.a/c2", "ml.a/c3", "ml.d/c1", "ml.d/c2", "ml.d/c3", "math.x/c1", "math.x/c2", "math.x/c3"], Ids(session));
        Assert.All(session.Cards, c => Assert.True(c.IsNew));
        Assert.Equal(0, session.DueCount);
        Assert.Equal(9, session.NewCount);
        Assert.Equal(11, session.NewLeftToday);
        Assert.Null(session.NextDue);
    }

    [Fact]
    public void Plan_DueCardsComeFirst_LowestRetrievabilityFirst()
    {
        var learner = Learner(
        [
            Reviewed("math.x/c1", stability: 10, daysAgo: 12, dueInDays: -2), // R(12, 10) is about 0.88
            Reviewed("ml.a/c2", stability: 2, daysAgo: 9, dueInDays: -7), // R(9, 2) is far lower
            Reviewed("ml.a/c3", stability: 30, daysAgo: 1, dueInDays: 29), // not due
        ]);

        var session = Planner().Plan(Roadmap, ReviewScope.Roadmap(Roadmap), learner, newCardsPerDay: 2);

        Assert.Equal(["ml.a/c2", "math.x/c1", "ml.a/c1", "ml.b/c1"], Ids(session));
        Assert.Equal(2, session.DueCount);
        Assert.False(session.Cards[0].IsNew);
        Assert.Equal(Now.AddDays(29), session.NextDue);
    }

    [Fact]
    public void Plan_NewCards_StopAtTheDailyLimitLessWhatWasSeenToday()
    {
        var session = Planner().Plan(Roadmap, ReviewScope.Roadmap(Roadmap), Learner(newToday: 18), newCardsPerDay: 20);

        Assert.Equal(["ml.a/c1", "ml.a/c2"], Ids(session));
        Assert.Equal(0, session.NewLeftToday);
        Assert.Empty(Planner().Plan(Roadmap, ReviewScope.Roadmap(Roadmap), Learner(newToday: 25)).Cards);
    }

    [Theory]
    [InlineData(TopicStatus.Learning)]
    [InlineData(TopicStatus.Done)]
    [InlineData(TopicStatus.Skipped)]
    public void Plan_PrerequisiteMarkedStarted_OpensTheTopic(TopicStatus status)
    {
        var learner = Learner(statuses: new Dictionary<string, TopicStatus> { ["ml.a"] = status });

        var session = Planner().Plan(Roadmap, Scope(topic: "ml.b"), learner);

        Assert.Equal(["ml.b/c1", "ml.b/c2", "ml.b/c3"], Ids(session));
    }

    [Fact]
    public void Plan_OneReviewedCard_StartsItsTopic()
    {
        var learner = Learner([Reviewed("ml.b/c2", stability: 5, daysAgo: 1, dueInDays: 4)]);

        var session = Planner().Plan(Roadmap, Scope(section: "ml.more"), learner);

        Assert.Equal(["ml.c/c1", "ml.c/c2", "ml.c/c3", "ml.d/c1", "ml.d/c2", "ml.d/c3"], Ids(session));
        Assert.True(SessionPlanner.IsStarted(Roadmap.FindTopic("ml.b")!, learner));
        Assert.False(SessionPlanner.IsStarted(Roadmap.FindTopic("ml.a")!, learner));
    }

    [Fact]
    public void Plan_ClosedTopic_GivesNothingUntilItsPrerequisiteStarts()
    {
        Assert.Empty(Planner().Plan(Roadmap, Scope(topic: "ml.c"), Learner()).Cards);
    }

    [Fact]
    public void Plan_SkippedTopic_GivesNoNewCardsButKeepsItsDueOnes()
    {
        var learner = Learner([Reviewed("math.x/c3", 3, 5, -1)], new Dictionary<string, TopicStatus> { ["math.x"] = TopicStatus.Skipped });

        var session = Planner().Plan(Roadmap, Scope(area: "math"), learner);

        Assert.Equal(["math.x/c3"], Ids(session));
    }

    [Fact]
    public void Plan_UnlockedToday_ComesBeyondTheLimitAndThePrerequisites()
    {
        var unlocked = new StoredCard("ml.c/c2", SrsCard.New(Now), UnlockedAt: Now.AddHours(-1));
        var yesterday = new StoredCard("ml.c/c3", SrsCard.New(Now), UnlockedAt: Now.AddDays(-1));

        var session = Planner().Plan(Roadmap, ReviewScope.Roadmap(Roadmap), Learner([unlocked, yesterday], newToday: 20));

        Assert.Equal(["ml.c/c2"], Ids(session));
        Assert.True(session.Cards[0].IsNew);
    }

    [Fact]
    public void Plan_LearningCardDueInAMinute_IsNotDueYet()
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzz = false }, _clock);
        var learning = scheduler.Review(scheduler.NewCard(), Rating.Again).Card;
        var learner = Learner([new StoredCard("math.x/c1", learning)]);

        var now = Planner().Plan(Roadmap, Scope(topic: "math.x"), learner, newCardsPerDay: 0);
        _clock.Now = Now.AddMinutes(1);
        var later = Planner().Plan(Roadmap, Scope(topic: "math.x"), learner, newCardsPerDay: 0);

        Assert.Empty(now.Cards);
        Assert.Equal(Now.AddMinutes(1), now.NextDue);
        Assert.Equal(["math.x/c1"], Ids(later));
    }

    [Fact]
    public void Plan_CardsInLearningStepsDueWithinTheLearnAheadWindow_AreAheadInDueOrder()
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzz = false }, _clock);
        var again = scheduler.Review(scheduler.NewCard(), Rating.Again).Card; // due in 1 minute
        var good = scheduler.Review(scheduler.NewCard(), Rating.Good).Card; // due in 10 minutes
        var lapsed = new SrsCard(3, 5, CardState.Relearning, 0, Now.AddMinutes(30), Now); // past the window
        var learner = Learner(
        [
            new StoredCard("math.x/c1", good),
            new StoredCard("math.x/c2", again),
            new StoredCard("math.x/c3", lapsed),
            Reviewed("ml.a/c1", stability: 1, daysAgo: 0, dueInDays: 0.01), // a review card due in 15 minutes waits for its day
        ]);

        var session = Planner().Plan(Roadmap, ReviewScope.Roadmap(Roadmap), learner, newCardsPerDay: 0);

        Assert.Empty(session.Cards);
        Assert.Equal(["math.x/c2", "math.x/c1"], session.Ahead.Select(c => c.Card.Id));
        Assert.Equal(Now.AddMinutes(1), session.NextDue);
    }

    [Fact]
    public void TryResolve_NamesTheWrongParameter()
    {
        Assert.False(ReviewScope.TryResolve(Roadmap, "ml", null, "ml.a", out _, out var both));
        Assert.Equal("topic", both!.Value.Field);
        Assert.False(ReviewScope.TryResolve(Roadmap, null, "ml.nowhere", null, out _, out var unknown));
        Assert.Equal(("section", "there is no section 'ml.nowhere' in the roadmap"), unknown!.Value);
        Assert.Equal("section=ml.more", Scope(section: "ml.more").Query);
        Assert.Equal(2, Scope(section: "ml.more").Topics.Count);
    }
}
