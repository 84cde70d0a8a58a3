using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Practice;

namespace MlPrep.Web.Tests;

/// <summary>The review and quiz API over the shipped content: next cards, grading, undo, validation, and what a wrong quiz answer does.</summary>
[Collection(WebCollection.Name)]
public sealed class ReviewApiTests(WebAppFixture app)
{
    private static async Task<JsonElement> NextAsync(HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/review/next?{query}");

    private static string[] CardIds(JsonElement next) => [.. next.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    [Fact]
    public async Task Next_ForATopicWithoutPrerequisites_GivesItsNewCardsWithIntervals()
    {
        var client = app.Start(TestRepo.Content).CreateClient();
        var topic = client.GetFromJsonAsync<JsonElement>("/api/topics/math.vectors-matrices");

        var next = await NextAsync(client, "topic=math.vectors-matrices");

        Assert.Empty((await topic).GetProperty("prerequisites").EnumerateArray());
        var ids = CardIds(next);
        Assert.Equal((await topic).GetProperty("cards").GetInt32(), ids.Length);
        Assert.Equal("math.vectors-matrices/c1", ids[0]);
        var first = next.GetProperty("cards")[0];
        Assert.True(first.GetProperty("isNew").GetBoolean());
        var intervals = first.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("interval").GetString()!).ToList();
        Assert.Equal(["1m", "6m", "10m"], intervals[..3]);
        Assert.EndsWith("d", intervals[3], StringComparison.Ordinal); // Easy graduates a new card to days
        Assert.Equal(ids.Length, next.GetProperty("new").GetInt32());
        Assert.Equal("topic", next.GetProperty("scope").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Next_TopicWithUnstartedPrerequisites_GivesNoNewCardsUntilOneIsStarted()
    {
        var client = app.Start(TestRepo.Content).CreateClient();

        Assert.Empty(CardIds(await NextAsync(client, "topic=ml.knn")));
        foreach (var prerequisite in (await client.GetFromJsonAsync<JsonElement>("/api/topics/ml.knn")).GetProperty("prerequisites").EnumerateArray())
        {
            await client.PutAsJsonAsync($"/api/topics/{prerequisite.GetString()}/status", new { status = "learning" });
        }

        Assert.NotEmpty(CardIds(await NextAsync(client, "topic=ml.knn")));
    }

    [Fact]
    public async Task Next_RespectsTheDailyLimit()
    {
        var client = app.Start(TestRepo.Content).CreateClient();

        var area = await NextAsync(client, "area=math&new=5");
        await client.PostAsJsonAsync("/api/review/grade", new { cardId = CardIds(area)[0], rating = 3 });
        var after = await NextAsync(client, "area=math&new=5");

        Assert.Equal(5, CardIds(area).Length);
        Assert.Equal(4, after.GetProperty("new").GetInt32());
        Assert.Equal(0, after.GetProperty("newLeftToday").GetInt32());
        Assert.Equal(19, CardIds(await NextAsync(client, "area=math")).Length); // 20 a day, one seen
    }

    [Fact]
    public async Task GradeThenUndo_RestoresTheCard()
    {
        var client = app.Start(TestRepo.Content).CreateClient();
        var card = CardIds(await NextAsync(client, "topic=math.vectors-matrices"))[1];

        var graded = await client.PostAsJsonAsync("/api/review/grade", new { cardId = card, rating = "good", durationMs = 3100 });
        var outcome = await graded.Content.ReadFromJsonAsync<JsonElement>();
        var afterGrade = CardIds(await NextAsync(client, "topic=math.vectors-matrices"));

        Assert.Equal(HttpStatusCode.OK, graded.StatusCode);
        Assert.Equal("Learning", outcome.GetProperty("state").GetString());
        Assert.Equal("10m", outcome.GetProperty("interval").GetString());
        Assert.DoesNotContain(card, afterGrade);

        var undo = await client.PostAsync("/api/review/undo", null);
        var undone = await undo.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(card, undone.GetProperty("cardId").GetString());
        Assert.Equal(3, undone.GetProperty("rating").GetInt32());
        Assert.True(undone.GetProperty("card").GetProperty("isNew").GetBoolean());
        Assert.Contains(card, CardIds(await NextAsync(client, "topic=math.vectors-matrices")));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync("/api/review/undo", null)).StatusCode);
    }

    [Fact]
    public async Task Grade_ValidatesTheCardAndTheRating_NamingTheField()
    {
        var client = app.Shipped.CreateClient();

        Assert.Equal("give the id of the card you graded, such as ml.knn/c1", await ErrorAsync(await client.PostAsJsonAsync("/api/review/grade", new { rating = 3 }), "cardId"));
        Assert.Equal("there is no card 'ml.knn/c999' in the content", await ErrorAsync(await client.PostAsJsonAsync("/api/review/grade", new { cardId = "ml.knn/c999", rating = 3 }), "cardId"));
        Assert.Equal("the rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), not 5", await ErrorAsync(await client.PostAsJsonAsync("/api/review/grade", new { cardId = "ml.knn/c1", rating = 5 }), "rating"));
        Assert.Equal("the rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), not nothing", await ErrorAsync(await client.PostAsJsonAsync("/api/review/grade", new { cardId = "ml.knn/c1" }), "rating"));
        Assert.Contains("\"perfect\"", await ErrorAsync(await client.PostAsJsonAsync("/api/review/grade", new { cardId = "ml.knn/c1", rating = "perfect" }), "rating"), StringComparison.Ordinal);
        Assert.Contains("negative", await ErrorAsync(await client.PostAsJsonAsync("/api/review/grade", new { cardId = "ml.knn/c1", rating = 1, durationMs = -5 }), "durationMs"), StringComparison.Ordinal);
        Assert.Equal("there is no area 'nowhere' in the roadmap", await ErrorAsync(await client.GetAsync("/api/review/next?area=nowhere"), "area"));
        Assert.Contains("between 0 and", await ErrorAsync(await client.GetAsync("/api/review/next?new=-1"), "new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuizWrongAnswer_BringsTheTopicsCardsForward()
    {
        var factory = app.Start(TestRepo.Content);
        var client = factory.CreateClient();
        var curriculum = factory.Services.GetRequiredService<Curriculum>();
        var topic = curriculum.FindTopic("ml.knn")!;
        var item = topic.Content!.Quiz[0];
        var question = QuizBuilder.Question(item, topic, seed: 99);
        var wrong = Enumerable.Range(0, question.Choices.Count).First(i => i != question.Answer);
        Assert.Empty(CardIds(await NextAsync(client, "topic=ml.knn"))); // closed: its prerequisites are not started

        var response = await client.PostAsJsonAsync("/api/quiz/answer", new { itemId = item.Id, seed = 99, choice = wrong });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(result.GetProperty("correct").GetBoolean());
        Assert.Equal(question.Answer, result.GetProperty("answer").GetInt32());
        Assert.Equal(topic.Content.Cards.Count, result.GetProperty("cardsBroughtForward").GetInt32());
        Assert.NotEmpty(result.GetProperty("explanationHtml").GetString()!);
        // Unlocked for today, beyond the daily limit and the prerequisites.
        Assert.Equal(topic.Content.Cards.Select(c => c.Id), CardIds(await NextAsync(client, "topic=ml.knn&new=0")));

        var right = await client.PostAsJsonAsync("/api/quiz/answer", new { itemId = item.Id, seed = 99, choice = question.Answer });
        Assert.True((await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("correct").GetBoolean());
    }

    [Fact]
    public async Task QuizWrongAnswer_MakesSeenCardsDueNow()
    {
        var client = app.Start(TestRepo.Content).CreateClient();
        var card = CardIds(await NextAsync(client, "topic=math.vectors-matrices"))[0];
        await client.PostAsJsonAsync("/api/review/grade", new { cardId = card, rating = 4 }); // Easy: due in days
        Assert.DoesNotContain(card, CardIds(await NextAsync(client, "topic=math.vectors-matrices&new=0")));

        await client.PostAsJsonAsync("/api/quiz/answer", new { itemId = "math.vectors-matrices/q1", seed = 1, choice = WrongChoice("math.vectors-matrices/q1", 1) });

        var next = await NextAsync(client, "topic=math.vectors-matrices&new=0");
        Assert.Equal(card, CardIds(next)[0]);
        Assert.Equal(1, next.GetProperty("due").GetInt32());
    }

    [Fact]
    public async Task QuizAnswer_Validates()
    {
        var client = app.Shipped.CreateClient();

        Assert.Equal("there is no quiz item 'ml.knn/q99' in the content", await ErrorAsync(await client.PostAsJsonAsync("/api/quiz/answer", new { itemId = "ml.knn/q99", seed = 1, choice = 0 }), "itemId"));
        Assert.Contains("seed", await ErrorAsync(await client.PostAsJsonAsync("/api/quiz/answer", new { itemId = "ml.knn/q1", choice = 0 }), "seed"), StringComparison.Ordinal);
        Assert.StartsWith("the choice must be a shown index from 0 to", await ErrorAsync(await client.PostAsJsonAsync("/api/quiz/answer", new { itemId = "ml.knn/q1", seed = 1, choice = 9 }), "choice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_LinkToReviewAndQuiz_AndTheQuizPutsItsSeedInTheAddress()
    {
        var client = app.Shipped.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Contains("href=\"/review?topic=ml.knn\"", await client.GetStringAsync("/topics/ml.knn"), StringComparison.Ordinal);
        Assert.Contains("href=\"/review?area=ml\"", await client.GetStringAsync("/areas/ml"), StringComparison.Ordinal);
        Assert.Contains("data-query=\"section=", await client.GetStringAsync("/review?section=ml.supervised"), StringComparison.Ordinal);
        var redirect = await client.GetAsync("/quiz?topic=ml.knn");
        Assert.Matches("/quiz\\?topic=ml.knn&seed=\\d+$", redirect.Headers.Location?.OriginalString ?? "");
        var quiz = await client.GetStringAsync("/quiz?topic=ml.knn&seed=5");
        Assert.Equal(quiz, await client.GetStringAsync("/quiz?topic=ml.knn&seed=5"));
        Assert.Contains("data-item=\"ml.knn/q", quiz, StringComparison.Ordinal);
    }

    private int WrongChoice(string itemId, int seed)
    {
        var curriculum = app.Shipped.Services.GetRequiredService<Curriculum>();
        var (item, topic) = ContentIds.FindQuizItem(curriculum, itemId)!.Value;
        return QuizBuilder.Question(item, topic, seed).Answer == 0 ? 1 : 0;
    }
}
