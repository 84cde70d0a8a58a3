using MlPrep.Core.Practice;
using static MlPrep.Core.Tests.Practice.PracticeFixture;

namespace MlPrep.Core.Tests.Practice;

public sealed class QuizBuilderTests
{
    private static readonly ReviewScope All = ReviewScope.Roadmap(Roadmap);

    [Fact]
    public void Build_SameSeed_GivesTheSameQuiz()
    {
        var first = QuizBuilder.Build(All, seed: 42, length: 6);
        var again = QuizBuilder.Build(All, seed: 42, length: 6);

        Assert.Equal(first.Select(q => q.Item.Id), again.Select(q => q.Item.Id));
        Assert.Equal(first.SelectMany(q => q.Choices), again.SelectMany(q => q.Choices));
        Assert.Equal(6, first.Count);
        Assert.Equal(6, first.Select(q => q.Item.Id).Distinct().Count());
    }

    [Fact]
    public void Build_OtherSeed_ShufflesDifferently()
    {
        var orders = Enumerable.Range(1, 5).Select(seed => string.Join(",", QuizBuilder.Build(All, seed, 10).Select(q => q.Item.Id))).Distinct();

        Assert.True(orders.Count() > 1);
    }

    [Fact]
    public void Question_RemapsTheAnswerToTheShuffledChoices()
    {
        var seen = new HashSet<int>();
        foreach (var seed in Enumerable.Range(1, 40))
        {
            foreach (var question in QuizBuilder.Build(All, seed, 10))
            {
                Assert.Equal("right", question.Choices[question.Answer]);
                Assert.Equal(question.Item.Answer, question.OriginalIndex(question.Answer));
                Assert.Equal(question.Item.Choices.Order(), question.Choices.Order());
                seen.Add(question.Answer);
            }
        }

        Assert.Equal([0, 1, 2, 3], seen.Order());
    }

    [Fact]
    public void Question_DependsOnlyOnTheSeedAndTheItem()
    {
        var topic = Roadmap.FindTopic("ml.b")!;
        var item = topic.Content!.Quiz[1];
        var inQuiz = QuizBuilder.Build(All, seed: 7, length: 10).Single(q => q.Item.Id == item.Id);

        Assert.Equal(inQuiz.Choices, QuizBuilder.Question(item, topic, seed: 7).Choices);
    }

    [Fact]
    public void Build_TopicScope_TakesOnlyItsItems()
    {
        Assert.True(ReviewScope.TryResolve(Roadmap, null, null, "math.x", out var scope, out _));

        var quiz = QuizBuilder.Build(scope, seed: 3);

        Assert.Equal(["math.x/q1", "math.x/q2"], quiz.Select(q => q.Item.Id).Order());
    }

    [Fact]
    public void ContentIds_FindCardsAndItemsByTheirIds()
    {
        Assert.Equal("ml.b", ContentIds.FindCard(Roadmap, "ml.b/c3")!.Value.Topic.Id);
        Assert.Equal("Quiz 2 of ml.d?", ContentIds.FindQuizItem(Roadmap, "ml.d/q2")!.Value.Item.Question);
        Assert.Null(ContentIds.FindCard(Roadmap, "ml.b/c9"));
        Assert.Null(ContentIds.FindCard(Roadmap, "ml.b/q1"));
        Assert.Null(ContentIds.FindQuizItem(Roadmap, ""));
    }
}
