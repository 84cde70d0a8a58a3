using System.Net;
using System.Text.RegularExpressions;

namespace MlPrep.Web.Tests;

[Collection(WebCollection.Name)]
public sealed partial class PageTests(WebAppFixture app)
{
    private readonly HttpClient _client = app.Shipped.CreateClient();

    [Fact]
    public async Task Roadmap_ListsAll220TopicsWithStatusAndProgressBars()
    {
        var html = await _client.GetStringAsync("/roadmap");

        Assert.Equal(220, TopicRow().Matches(html).Count);
        Assert.Equal(9, AreaSection().Matches(html).Count);
        Assert.Contains("Regularization: Ridge, Lasso, ElasticNet", html, StringComparison.Ordinal);
        Assert.Contains("role=\"progressbar\"", html, StringComparison.Ordinal);
        Assert.Contains("tag-advanced", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicPage_RendersNotesWithMathPrerequisitesAndStatusButtons()
    {
        var html = await _client.GetStringAsync("/topics/ml.regularization-linear");

        Assert.Contains("<h1>Regularization: Ridge, Lasso, ElasticNet</h1>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"math\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/topics/ml.linear-regression\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        foreach (var status in new[] { "not-started", "learning", "done", "skipped" })
        {
            Assert.Contains($"value=\"{status}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("data-stat=\"cards\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicPage_ShowsWhatBuildsOnIt()
    {
        var html = await _client.GetStringAsync("/topics/ml.decision-trees");

        Assert.Contains("Leads to", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/topics/ml.random-forests\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/topics/ml.nothing", "ml.nothing")]
    [InlineData("/areas/astrology", "astrology")]
    public async Task UnknownTopicOrArea_Is404AndNamesTheId(string url, string id)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"<code>{id}</code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_Is404WithAPage()
    {
        var response = await _client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ShowsOverallAndPerAreaProgress()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Contains("Overall progress", html, StringComparison.Ordinal);
        Assert.Equal(9, AreaCard().Matches(html).Count);
    }

    [Fact]
    public async Task AreaPage_ListsItsResources()
    {
        var html = await _client.GetStringAsync("/areas/dl");

        Assert.Contains("Recommended resources", html, StringComparison.Ordinal);
        Assert.Contains("Dive into Deep Learning", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_HighlightsMatches()
    {
        var html = await _client.GetStringAsync("/search?q=lasso+ridge+penalty");

        Assert.Contains("data-topic=\"ml.regularization-linear\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_AreServed()
    {
        foreach (var url in new[] { "/css/site.css", "/js/site.js", "/dist/math.js", "/dist/math.css", "/favicon.svg" })
        {
            var response = await _client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Paths_ListTheEighteenPatternsInOrder_AndTheMlProblemsInRoadmapOrder()
    {
        var page = await _client.GetStringAsync("/paths");

        var steps = Regex.Matches(page, "data-step=\"([a-z0-9.-]+)\"").Select(m => m.Groups[1].Value).ToList();
        var patterns = Core.Problems.Patterns.All.Select(p => p.Slug).ToList();
        Assert.Equal(patterns, steps.Take(18));
        Assert.Contains("href=\"/problems?pattern=two-pointers\"", page, StringComparison.Ordinal);
        var curriculum = Core.Curriculum.CurriculumLoader.Load(TestRepo.Content);
        var sections = curriculum.Areas.SelectMany(a => a.Sections).Select(s => s.Id).ToList();
        var mlSteps = steps.Skip(18).ToList();
        Assert.NotEmpty(mlSteps);
        Assert.Equal(mlSteps.OrderBy(s => sections.IndexOf(s)), mlSteps);
        Assert.All(curriculum.Problems, p => Assert.Contains($"data-problem=\"{p.Id}\"", page, StringComparison.Ordinal));
        // With nothing solved yet, each path marks its first problem as next.
        Assert.Equal(2, Regex.Matches(page, "class=\"tag tag-next\"").Count);
    }

    [Fact]
    public async Task NoContentProblems_NoBanner()
    {
        var html = await _client.GetStringAsync("/roadmap");

        Assert.DoesNotContain("content problem", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("class=\"topic-row\"")]
    private static partial Regex TopicRow();

    [GeneratedRegex("class=\"roadmap-area\"")]
    private static partial Regex AreaSection();

    [GeneratedRegex("class=\"card area-card\"")]
    private static partial Regex AreaCard();
}
