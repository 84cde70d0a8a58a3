using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MlPrep.Core.Practice;

namespace MlPrep.Web.Tests;

/// <summary>The statistics page, readiness on the dashboard and roadmap, and the daily limit of new cards as a setting.</summary>
[Collection(WebCollection.Name)]
public sealed partial class StatsPageTests(WebAppFixture app)
{
    private static string Today => ReviewStats.DayOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string[]> NextIdsAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/review/next?{query}")).GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    private static async Task GradeAsync(HttpClient client, string cardId, int rating) =>
        (await client.PostAsJsonAsync("/api/review/grade", new { cardId, rating })).EnsureSuccessStatusCode();

    [Fact]
    public async Task Stats_WithoutReviews_ExplainsWhatWillAppear()
    {
        var client = app.Start(TestRepo.Content).CreateClient();

        var html = await client.GetStringAsync("/stats");

        Assert.Contains("<h1>Statistics</h1>", html, StringComparison.Ordinal);
        Assert.Contains("No reviews yet.", html, StringComparison.Ordinal);
        Assert.Contains("No reviews yet in the last 26 weeks.", html, StringComparison.Ordinal);
        Assert.Contains("No cards scheduled yet", html, StringComparison.Ordinal);
        Assert.Contains("No reviews of learned cards yet", html, StringComparison.Ordinal);
        Assert.Contains($"data-day=\"{Today}\" data-count=\"0\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/stats\"", await client.GetStringAsync("/"), StringComparison.Ordinal); // linked from the nav and the dashboard
    }

    [Fact]
    public async Task Stats_WithReviews_FillsTodaysCellTheForecastAndTheTiles()
    {
        var client = app.Start(TestRepo.Content).CreateClient();
        var cards = await NextIdsAsync(client, "topic=math.vectors-matrices&new=3");
        await GradeAsync(client, cards[0], 4); // Easy: graduates, due in days
        await GradeAsync(client, cards[1], 3); // Good: learning, due in 10 minutes (today, or tomorrow just before midnight)
        await GradeAsync(client, cards[2], 1);

        var html = await client.GetStringAsync("/stats");

        Assert.DoesNotContain("No reviews yet.", html, StringComparison.Ordinal);
        Assert.Matches($"data-day=\"{Today}\" data-count=\"3\"><title>3 reviews on ", html);
        Assert.Contains("heat-today", html, StringComparison.Ordinal);
        Assert.Contains("<dd data-stat=\"today\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd data-stat=\"started\">3</dd>", html, StringComparison.Ordinal);
        Assert.Equal(3, ForecastCounts().Matches(html).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("No reviews of learned cards yet", html, StringComparison.Ordinal); // first reviews are not long-term ones
    }

    [Fact]
    public async Task Dashboard_ShowsReadinessAndTheWeakestTopicsWithAReviewLink()
    {
        var client = app.Start(TestRepo.Content).CreateClient();
        var before = await client.GetStringAsync("/");
        var cards = await NextIdsAsync(client, "topic=math.vectors-matrices");
        foreach (var card in cards)
        {
            await GradeAsync(client, card, 3);
        }

        var html = await client.GetStringAsync("/");
        var roadmap = await client.GetStringAsync("/roadmap");
        var area = await client.GetStringAsync("/areas/math");

        Assert.Contains("id=\"readiness\" aria-labelledby=\"readiness-title\" data-readiness=\"0\"", before, StringComparison.Ordinal);
        Assert.Contains("your weakest topics show up here", before, StringComparison.Ordinal);
        // Every card of the topic was reviewed today (R = 1), so the topic is at 100% and the roadmap just above 0%.
        Assert.Contains("<li class=\"weakest-row\" data-topic=\"math.vectors-matrices\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/review?topic=math.vectors-matrices\"", html, StringComparison.Ordinal);
        Assert.Matches("data-topic=\"math.vectors-matrices\" data-status=\"[a-z-]+\">[\\s\\S]*?data-readiness=\"100\">100%</span>", roadmap);
        Assert.Contains("Weakest topics in", area, StringComparison.Ordinal);
        Assert.DoesNotContain("data-readiness=\"0\">0%</span>", roadmap[..roadmap.IndexOf("math.vectors-matrices", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_RoundTripThroughTheApi_AndSetTheReviewsDailyLimit()
    {
        var client = app.Start(TestRepo.Content).CreateClient();

        var initial = await client.GetFromJsonAsync<JsonElement>("/api/settings");
        var byDefault = (await NextIdsAsync(client, "area=math")).Length; // every open new card of the area, up to 20
        var put = await client.PutAsJsonAsync("/api/settings", new { newCardsPerDay = 7 });
        var saved = await client.GetFromJsonAsync<JsonElement>("/api/settings");
        var reviewPage = await client.GetStringAsync("/review");

        Assert.Equal((20, true), (initial.GetProperty("newCardsPerDay").GetInt32(), initial.GetProperty("isDefault").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal((7, false, 20), (saved.GetProperty("newCardsPerDay").GetInt32(), saved.GetProperty("isDefault").GetBoolean(), saved.GetProperty("default").GetInt32()));
        Assert.Equal(7, (await NextIdsAsync(client, "area=math")).Length);
        Assert.Equal(2, (await NextIdsAsync(client, "area=math&new=2")).Length); // the page's parameter still wins
        Assert.Contains("New cards a day: <strong>7</strong>", reviewPage, StringComparison.Ordinal);

        await client.PutAsJsonAsync("/api/settings", new { newCardsPerDay = (int?)null });
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/settings")).GetProperty("isDefault").GetBoolean());
        Assert.True(byDefault > 7, $"the math area should open more than 7 new cards, not {byDefault}");
        Assert.Equal(byDefault, (await NextIdsAsync(client, "area=math")).Length);
    }

    [Theory]
    [InlineData("{\"newCardsPerDay\": 501}", "new cards a day must be between 0 and 500, not 501")]
    [InlineData("{\"newCardsPerDay\": -1}", "new cards a day must be between 0 and 500, not -1")]
    [InlineData("{\"newCardsPerDay\": \"ten\"}", "new cards a day must be a whole number from 0 to 500, or null for the default, not \"ten\"")]
    public async Task Settings_RejectOutOfRangeValues_NamingTheField(string body, string message)
    {
        var client = app.Shipped.CreateClient();

        var response = await client.PutAsync("/api/settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("newCardsPerDay")[0].GetString());
    }

    [Fact]
    public async Task SettingsForm_SavesAndRedirectsBack_AndResetGoesBackToTheDefault()
    {
        var client = app.Start(TestRepo.Content).CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        async Task<HttpResponseMessage> PostAsync(params (string Name, string Value)[] fields)
        {
            var page = await client.GetStringAsync("/stats");
            var token = Token().Match(page).Groups[1].Value;
            return await client.PostAsync("/settings", new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));
        }

        var saved = await PostAsync(("newCardsPerDay", "35"));
        var after = await client.GetStringAsync("/stats?saved=1");
        var wrong = await PostAsync(("newCardsPerDay", "lots"));
        var reset = await PostAsync(("newCardsPerDay", "35"), ("reset", "default"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/stats?saved=1#settings", saved.Headers.Location!.OriginalString);
        Assert.Contains("now bring in 35 new cards a day", after, StringComparison.Ordinal);
        Assert.Contains("value=\"35\"", after, StringComparison.Ordinal);
        Assert.Equal("/stats?error=number#settings", wrong.Headers.Location!.OriginalString);
        Assert.Contains("Not saved: give a whole number", await client.GetStringAsync("/stats?error=number"), StringComparison.Ordinal);
        Assert.Equal("/stats?saved=1#settings", reset.Headers.Location!.OriginalString);
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/settings")).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task Next_ListsACardGradedAgainAsAhead_UntilItsStepIsDue()
    {
        var client = app.Start(TestRepo.Content).CreateClient();
        var card = (await NextIdsAsync(client, "topic=math.vectors-matrices&new=1"))[0];
        await GradeAsync(client, card, 1);

        var next = await client.GetFromJsonAsync<JsonElement>("/api/review/next?topic=math.vectors-matrices&new=1");
        var ahead = next.GetProperty("ahead").EnumerateArray().ToList();

        Assert.Empty(next.GetProperty("cards").EnumerateArray());
        Assert.Equal(card, Assert.Single(ahead).GetProperty("id").GetString());
        Assert.Equal("Learning", ahead[0].GetProperty("state").GetString());
        Assert.InRange(ahead[0].GetProperty("due").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("class=\"bar[^\"]*\" rx=\"[0-9.]+\" data-day=\"[0-9-]+\" data-count=\"([0-9]+)\"")]
    private static partial Regex ForecastCounts();
}
