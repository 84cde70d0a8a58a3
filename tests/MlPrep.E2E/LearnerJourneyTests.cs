using Microsoft.Playwright;

namespace MlPrep.E2E;

/// <summary>What a learner does in the browser: browse, read, mark, search, switch theme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LearnerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Roadmap_ShowsAllTopicsOfAllAreas()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.Url + "/roadmap");

        Assert.Equal(220, await page.Locator(".topic-row").CountAsync());
        Assert.Equal(9, await page.Locator(".roadmap-area").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("roadmap.png") });
    }

    [Fact]
    public async Task Topic_TypesetsItsMathWithKatex()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.Url + "/topics/ml.regularization-linear");
        await page.Locator(".notes .katex").First.WaitForAsync();

        Assert.True(await page.Locator(".notes .katex-display").CountAsync() >= 3);
        Assert.Equal(0, await page.Locator(".katex-error").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("topic.png") });
    }

    [Fact]
    public async Task EveryWrittenFormula_ParsesInKatex()
    {
        var curriculum = Core.Curriculum.CurriculumLoader.Load(TestRepo.Content);
        var page = await browser.NewPageAsync();
        var failures = new List<string>();

        foreach (var topic in curriculum.Topics.Where(t => t.Content is not null))
        {
            await page.GotoAsync($"{browser.Url}/topics/{topic.Id}");
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.math:not([data-typeset])').length === 0");
            foreach (var error in await page.Locator(".katex-error").AllAsync())
            {
                failures.Add($"{topic.Id}: {await error.GetAttributeAsync("title")}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task MarkDone_SurvivesARestartOfTheApp()
    {
        var dataDir = TestRepo.NewTempDir("e2e");
        try
        {
            var page = await browser.NewPageAsync();
            await using (var first = await AppHost.StartAsync(dataDir))
            {
                await page.GotoAsync(first.Url + "/topics/ml.svm");
                await page.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).ClickAsync();
                await page.WaitForURLAsync("**/topics/ml.svm?saved=done");
                Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).GetAttributeAsync("aria-pressed"));
            }

            await using var second = await AppHost.StartAsync(dataDir);
            await page.GotoAsync(second.Url + "/topics/ml.svm");
            Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).GetAttributeAsync("aria-pressed"));
            await page.GotoAsync(second.Url + "/roadmap");
            Assert.Equal("done", await page.Locator("[data-topic='ml.svm']").GetAttributeAsync("data-status"));
        }
        finally
        {
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Search_FindsATopicByAWordFromItsNotes()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url + "/");

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("soft-thresholding");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=soft-thresholding");

        var hit = page.Locator(".search-result[data-kind='topic'][data-topic='ml.regularization-linear']");
        await hit.WaitForAsync();
        Assert.True(await hit.Locator(".snippet mark").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("search.png") });
    }

    [Fact]
    public async Task SearchSnippets_TypesetTheirFormulas()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.Url + "/search?q=gini+entropy");
        await page.Locator(".snippet .katex").First.WaitForAsync();

        Assert.Equal(0, await page.Locator(".snippet .katex-error").CountAsync());
    }

    [Fact]
    public async Task ThemeToggle_SwitchesToDarkAndRemembersIt()
    {
        var page = await browser.NewPageAsync(colorScheme: ColorScheme.Light);
        await page.GotoAsync(browser.Url + "/topics/ml.logistic-regression");
        var light = await BackgroundAsync(page);

        await page.Locator("#theme-toggle").ClickAsync();

        Assert.Equal("dark", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        var dark = await BackgroundAsync(page);
        Assert.NotEqual(light, dark);
        await page.ReloadAsync();
        Assert.Equal(dark, await BackgroundAsync(page));
        await page.Locator(".notes .katex").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("topic-dark.png") });

        await page.Locator("#theme-toggle").ClickAsync();
        Assert.Equal(light, await BackgroundAsync(page));
    }

    [Fact]
    public async Task DarkSystemTheme_IsFollowedWithoutAToggle()
    {
        var page = await browser.NewPageAsync(colorScheme: ColorScheme.Dark);

        await page.GotoAsync(browser.Url + "/");

        Assert.Equal("rgb(11, 17, 32)", await BackgroundAsync(page));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/roadmap")]
    [InlineData("/topics/ml.gradient-boosting")]
    [InlineData("/search?q=gini")]
    public async Task PhoneWidth_HasNoSidewaysScrolling(string path)
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);

        await page.GotoAsync(browser.Url + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var culprits = overflow <= 0 ? "" : await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= document.documentElement.clientWidth + 1)
                .slice(0, 5)
                .map(e => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent || '').slice(0, 60)}"`)
                .join('\n')
            """);
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the phone screen:\n{culprits}");
        if (path == "/topics/ml.gradient-boosting")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("phone.png") });
        }
    }

    [Fact]
    public async Task Home_ShowsProgressForEveryArea()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.Url + "/");

        Assert.Equal(9, await page.Locator(".area-card").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("home.png") });
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
