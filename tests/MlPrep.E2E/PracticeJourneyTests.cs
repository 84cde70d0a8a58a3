using Microsoft.Playwright;
using MlPrep.Core.Practice;

namespace MlPrep.E2E;

/// <summary>Reviewing cards and taking a quiz in the browser, with the keyboard only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PracticeJourneyTests(BrowserFixture browser)
{
    private static async Task<string> CurrentCardAsync(IPage page, string? after = null)
    {
        var selector = after is null ? "#review-card[data-side=front]" : $"#review-card[data-side=front]:not([data-card=\"{after}\"])";
        await page.Locator(selector).WaitForAsync();
        return (await page.Locator("#review-card").GetAttributeAsync("data-card"))!;
    }

    private static async Task RevealAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#review-card[data-side=back]").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#review .math:not([data-typeset])').length === 0");
    }

    [Fact]
    public async Task ReviewThreeCards_WithTheKeyboardOnly_UndoAndSummary()
    {
        var dataDir = TestRepo.NewTempDir("e2e");
        try
        {
            await using var app = await AppHost.StartAsync(dataDir);
            foreach (var (scheme, shot) in new[] { (ColorScheme.Light, "review.png"), (ColorScheme.Dark, "review-dark.png") })
            {
                var page = await browser.NewPageAsync(1100, 800, scheme);
                await page.GotoAsync(app.Url + "/review?topic=math.vectors-matrices&new=3");

                var first = await CurrentCardAsync(page);
                Assert.Equal("math.vectors-matrices/c1", first);
                await RevealAsync(page);
                Assert.Equal("1m", await page.Locator(".grade-again .grade-interval").InnerTextAsync());
                Assert.Equal("10m", await page.Locator(".grade-good .grade-interval").InnerTextAsync());
                await page.Keyboard.PressAsync("3");

                var second = await CurrentCardAsync(page, first);
                await RevealAsync(page);
                await page.Keyboard.PressAsync("1");

                var third = await CurrentCardAsync(page, second);
                await RevealAsync(page);
                await page.Keyboard.PressAsync("4");
                await page.Locator("#review-summary:not([hidden])").WaitForAsync();

                // U takes back the Easy: the third card is shown again, front first.
                await page.Keyboard.PressAsync("u");
                Assert.Equal(third, await CurrentCardAsync(page));
                await RevealAsync(page);
                await page.Locator("#review").ScrollIntoViewIfNeededAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot(shot) });
                await page.Keyboard.PressAsync("3");

                var summary = page.Locator("#review-summary:not([hidden])");
                await summary.WaitForAsync();
                Assert.Equal("3", await summary.Locator("[data-stat=reviewed]").InnerTextAsync());
                Assert.Equal("67%", await summary.Locator("[data-stat=accuracy]").InnerTextAsync());
                Assert.Equal("in 1 min", await summary.Locator("[data-stat=next]").InnerTextAsync());

                // Undo the three grades, so the dark-theme pass starts from the same new cards.
                for (var i = 0; i < 3; i++)
                {
                    await page.APIRequest.PostAsync(app.Url + "/api/review/undo");
                }
            }
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

    [Fact]
    public async Task Quiz_WithTheKeyboard_ScoresAndBringsMissedTopicsForward()
    {
        var dataDir = TestRepo.NewTempDir("e2e");
        try
        {
            await using var app = await AppHost.StartAsync(dataDir);
            var curriculum = Core.Curriculum.CurriculumLoader.Load(TestRepo.Content);
            Assert.True(ReviewScope.TryResolve(curriculum, null, null, "ml.knn", out var scope, out _));
            var expected = QuizBuilder.Build(scope, seed: 7);
            var right = expected.Count(q => q.Answer == 0);
            Assert.True(right < expected.Count, "seed 7 should make answer 1 wrong at least once");

            var page = await browser.NewPageAsync(1100, 900);
            await page.GotoAsync(app.Url + "/quiz?topic=ml.knn&seed=7");
            Assert.Equal(expected.Select(q => q.Item.Id), await page.Locator(".quiz-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)"));
            for (var i = 0; i < expected.Count; i++)
            {
                var item = page.Locator($".quiz-item[data-item=\"{expected[i].Item.Id}\"]");
                await item.Locator(".quiz-choice").First.WaitForAsync();
                await page.Keyboard.PressAsync("1");
                await item.Locator(".quiz-feedback strong").WaitForAsync();
                Assert.Equal(expected[i].Answer == 0 ? "right" : "wrong", await item.GetAttributeAsync("data-result"));
                if (i == 0 || (i == 1 && expected[0].Answer == 0))
                {
                    await page.WaitForFunctionAsync("() => document.querySelectorAll('.quiz-feedback .math:not([data-typeset])').length === 0");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("quiz.png") });
                }

                await page.Keyboard.PressAsync("Enter");
            }

            await page.Locator("#quiz-score:not([hidden])").WaitForAsync();
            Assert.Equal($"{right} / {expected.Count}", await page.Locator("#quiz-score-value").InnerTextAsync());

            // The missed topic's cards are unlocked for review today, although its prerequisites are not started.
            await page.GotoAsync(app.Url + "/review?topic=ml.knn&new=0");
            Assert.StartsWith("ml.knn/c", await CurrentCardAsync(page), StringComparison.Ordinal);
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
