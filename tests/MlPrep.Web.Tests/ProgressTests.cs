using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MlPrep.Web.Tests;

[Collection(WebCollection.Name)]
public sealed partial class ProgressTests(WebAppFixture app)
{
    [Fact]
    public async Task StatusForm_SavesAndRedirectsBackToTheTopic()
    {
        var client = app.Shipped.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/topics/ml.knn");
        var token = Token().Match(page).Groups[1].Value;

        var response = await client.PostAsync("/topics/ml.knn/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "learning",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/topics/ml.knn?saved=learning", response.Headers.Location?.ToString());
        var after = await client.GetStringAsync("/topics/ml.knn");
        Assert.Contains("value=\"learning\" class=\"status-button status-button-learning\" aria-pressed=\"true\"", after, StringComparison.Ordinal);
        Assert.Contains("data-topic=\"ml.knn\" data-status=\"learning\"", await client.GetStringAsync("/roadmap"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusForm_WithoutAntiforgeryToken_IsRejected()
    {
        var client = app.Shipped.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/topics/ml.svm/status", new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "done" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var topic = await client.GetFromJsonAsync<JsonElement>("/api/topics/ml.svm");
        Assert.Equal("not-started", topic.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ApiStatus_RoundTrips()
    {
        var client = app.Shipped.CreateClient();

        var put = await client.PutAsJsonAsync("/api/topics/ml.naive-bayes/status", new { status = "done" });
        var topic = await client.GetFromJsonAsync<JsonElement>("/api/topics/ml.naive-bayes");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("done", topic.GetProperty("status").GetString());
        Assert.Equal("ml.naive-bayes", topic.GetProperty("id").GetString());
        Assert.True(topic.GetProperty("cards").GetInt32() >= 6);
    }

    [Fact]
    public async Task ApiStatus_BadValue_Is400NamingTheField()
    {
        var client = app.Shipped.CreateClient();

        var response = await client.PutAsJsonAsync("/api/topics/ml.knn/status", new { status = "finished" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = problem.GetProperty("errors").GetProperty("status")[0].GetString();
        Assert.Equal("'finished' is not a topic status; use one of: not-started, learning, done, skipped", message);
    }

    [Fact]
    public async Task ApiStatus_UnknownTopic_Is404()
    {
        var client = app.Shipped.CreateClient();

        var response = await client.PutAsJsonAsync("/api/topics/ml.nothing/status", new { status = "done" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ApiRoadmap_CountsProgressPerArea()
    {
        var client = app.Shipped.CreateClient();
        await client.PutAsJsonAsync("/api/topics/math.entropy/status", new { status = "done" });
        await client.PutAsJsonAsync("/api/topics/math.bayes/status", new { status = "skipped" });

        var roadmap = await client.GetFromJsonAsync<JsonElement>("/api/roadmap");

        var math = roadmap.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "math");
        var progress = math.GetProperty("progress");
        Assert.Equal(23, progress.GetProperty("total").GetInt32());
        Assert.Equal(1, progress.GetProperty("done").GetInt32());
        Assert.Equal(1, progress.GetProperty("skipped").GetInt32());
        Assert.Equal(5, progress.GetProperty("percent").GetInt32()); // 1 of the 22 not skipped
    }

    [Fact]
    public async Task ApiSearch_ValidatesItsParameters()
    {
        var client = app.Shipped.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=svm&limit=0")).StatusCode);
        var ok = await client.GetFromJsonAsync<JsonElement>("/api/search?q=lasso%20ridge%20penalty&limit=3");
        Assert.Contains(ok.GetProperty("results").EnumerateArray(), r => r.GetProperty("topic").GetString() == "ml.regularization-linear");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
