using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MlPrep.Core.Srs;
using MlPrep.Data;
using MlPrep.Data.Reviews;

namespace MlPrep.E2E;

/// <summary>
/// Reviewing in the browser, then the statistics page and the readiness on the dashboard. The learner has ten weeks
/// of history before today, simulated with the real scheduler, so that the charts have something to draw.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadinessJourneyTests(BrowserFixture browser)
{
    private const string Topic = "math.vectors-matrices";

    /// <summary>
    /// Ten weeks of reviews of the cards of six math topics (not <see cref="Topic"/>), ending yesterday: a few new cards a
    /// day, each review at its due time, recalled with the probability FSRS predicts (then Hard, Good or Easy), else Again.
    /// </summary>
    private static async Task SeedHistoryAsync(string dataDir)
    {
        var curriculum = Core.Curriculum.CurriculumLoader.Load(TestRepo.Content);
        var cards = curriculum.FindArea("math")!.Topics.Where(t => t.Id != Topic && t.Content is not null).Take(6)
            .SelectMany(t => t.Content!.Cards.Select(c => (CardId: c.Id, TopicId: t.Id))).ToList();
        var options = new DbContextOptionsBuilder<MlPrepDbContext>().UseSqlite(DataFolder.SqliteConnectionString(dataDir)).Options;
        await using var db = new MlPrepDbContext(options);
        var store = new ReviewStore(db, TimeProvider.System);
        var scheduler = new Scheduler();
        var random = new Random(42);
        var today = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        var start = today.AddDays(-70).AddHours(9);
        for (var i = 0; i < cards.Count; i++)
        {
            var card = SrsCard.New(start);
            var at = start.AddDays(i / 4).AddMinutes(random.Next(0, 600));
            while (at < today)
            {
                var recalled = card.State == CardState.New ? random.NextDouble() < 0.75 : random.NextDouble() < Math.Max(scheduler.Retrievability(card, at), 0.6);
                var rating = !recalled ? Rating.Again : random.NextDouble() switch { < 0.12 => Rating.Hard, < 0.9 => Rating.Good, _ => Rating.Easy };
                var result = scheduler.Review(card, rating, at);
                await store.RecordAsync(MlPrepDbContext.LocalUser, cards[i].CardId, cards[i].TopicId, card, result, random.Next(2000, 12000));
                card = result.Card;
                at = card.Due.AddMinutes(card.State is CardState.Review ? random.Next(0, 720) : random.Next(0, 3));
            }
        }
    }

    private static async Task<string> CurrentCardAsync(IPage page, string? after = null)
    {
        var selector = after is null ? "#review-card[data-side=front]:not([hidden])" : $"#review-card[data-side=front]:not([hidden]):not([data-card=\"{after}\"])";
        await page.Locator(selector).WaitForAsync();
        return (await page.Locator("#review-card").GetAttributeAsync("data-card"))!;
    }

    private static async Task GradeAsync(IPage page, string key)
    {
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#review-card[data-side=back]").WaitForAsync();
        await page.Keyboard.PressAsync(key);
    }

    [Fact]
    public async Task Review_AgainComesBack_ThenStatsShowTodayAndTheDashboardShowsReadiness()
    {
        var dataDir = TestRepo.NewTempDir("e2e");
        try
        {
            await using var app = await AppHost.StartAsync(dataDir);
            await SeedHistoryAsync(dataDir);
            var page = await browser.NewPageAsync(1100, 900);

            // Three new cards; the one graded Again comes back in the same session.
            await page.GotoAsync(app.Url + $"/review?topic={Topic}&new=3");
            var first = await CurrentCardAsync(page);
            await GradeAsync(page, "3");
            var second = await CurrentCardAsync(page, first);
            await GradeAsync(page, "1");
            var third = await CurrentCardAsync(page, second);
            await GradeAsync(page, "3");
            var waiting = page.Locator("#review-waiting:not([hidden])");
            await waiting.WaitForAsync();
            Assert.Equal("Done for now", await page.Locator("#summary-title").InnerTextAsync());
            Assert.Contains("3 cards in their learning steps come back", await waiting.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Matches("^[01]:[0-5][0-9]$", await page.Locator("#review-waiting-time").InnerTextAsync());
            await page.Locator("#review").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("review-waiting.png") });
            await page.Keyboard.PressAsync("Space"); // show the card graded Again now, without waiting for its minute
            Assert.Equal(second, await CurrentCardAsync(page));
            await GradeAsync(page, "3");
            await waiting.WaitForAsync();
            Assert.Equal("4", await page.Locator("[data-stat=reviewed]").InnerTextAsync());
            Assert.NotEqual(first, third);

            // The statistics: today's square of the calendar holds the four reviews.
            foreach (var (scheme, shot) in new[] { (ColorScheme.Light, "stats.png"), (ColorScheme.Dark, "stats-dark.png") })
            {
                var stats = await browser.NewPageAsync(1100, 900, scheme);
                await stats.GotoAsync(app.Url + "/");
                await stats.Locator("nav a[href='/stats']").ClickAsync();
                await stats.WaitForURLAsync("**/stats");
                var today = stats.Locator("rect.heat-today");
                Assert.Equal("4", await today.GetAttributeAsync("data-count"));
                Assert.StartsWith("4 reviews on ", await today.Locator("title").TextContentAsync(), StringComparison.Ordinal);
                Assert.Equal("4", await stats.Locator("[data-stat=today]").InnerTextAsync());
                Assert.True(await stats.Locator("#retention circle.chart-point").CountAsync() > 0, "the seeded weeks should give retention points");
                Assert.True(await stats.Locator("#forecast rect.bar").CountAsync() == 30);
                await stats.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot(shot), FullPage = true });
            }

            // The dashboard: readiness above zero, and the weakest topics each with a one-click review.
            var home = await browser.NewPageAsync(1100, 1000);
            await home.GotoAsync(app.Url + "/");
            var readiness = int.Parse((await home.Locator("#readiness").GetAttributeAsync("data-readiness"))!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(readiness, 1, 100);
            Assert.Equal($"{readiness}%", await home.Locator("#readiness .readiness-number").InnerTextAsync());
            var weakest = home.Locator(".weakest-row");
            Assert.True(await weakest.CountAsync() >= 3, "the six seeded topics and the reviewed one are started");
            await home.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("dashboard.png") });
            var weakestTopic = await weakest.First.GetAttributeAsync("data-topic");
            await weakest.First.Locator("a.weakest-review").ClickAsync();
            await home.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/review\\?topic={System.Text.RegularExpressions.Regex.Escape(weakestTopic!)}$"));
            await home.Locator("#review-counts").WaitForAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }
}
