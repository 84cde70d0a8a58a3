using Microsoft.Playwright;

namespace MlPrep.E2E;

/// <summary>Solving a problem in the browser: the editor, drafts, Run, Submit, custom input, attempts and diffs.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JudgeJourneyTests(BrowserFixture browser)
{
    private static async Task ReplaceCodeAsync(IPage page, string code)
    {
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync(code);
    }

    private static Task<string> EditorTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => window.mlprepEditor.state.doc.toString()");

    private static async Task<string> WaitForVerdictAsync(IPage page)
    {
        var head = page.Locator("#verdict .verdict-head[data-verdict]");
        await head.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        return (await head.GetAttributeAsync("data-verdict"))!;
    }

    [Fact]
    public async Task RunThenSubmit_ShowsVerdictsLive_KeepsTheDraft_AndDiffsAttempts()
    {
        var page = await browser.NewPageAsync(1400, 1000);
        await page.GotoAsync(browser.Url + "/problems/balanced-brackets");
        await page.Locator(".workspace[data-ready]").WaitForAsync();
        Assert.Contains("def is_balanced", await EditorTextAsync(page), StringComparison.Ordinal);

        // A first try that ignores nesting: the visible tests catch it, with the failing input.
        const string Naive = "def is_balanced(s):\n    return s.count('(') == s.count(')')\n";
        await ReplaceCodeAsync(page, Naive);
        await page.Keyboard.PressAsync("Control+Enter");
        Assert.Equal("WrongAnswer", await WaitForVerdictAsync(page));
        Assert.Contains("expected", await page.Locator("#verdict .test-fail .test-message").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#history tbody tr").CountAsync());

        // The draft survives a reload, per language.
        await page.ReloadAsync();
        await page.Locator(".workspace[data-ready]").WaitForAsync();
        Assert.Equal(Naive, await EditorTextAsync(page));
        await page.SelectOptionAsync("#language", "csharp");
        Assert.Contains("public class Solution", await EditorTextAsync(page), StringComparison.Ordinal);
        await page.SelectOptionAsync("#language", "python");
        Assert.Equal(Naive, await EditorTextAsync(page));

        // The reference solution passes every test, hidden ones included.
        var solution = await File.ReadAllTextAsync(Path.Combine(TestRepo.Content, "problems", "balanced-brackets", "solution.py"));
        await ReplaceCodeAsync(page, solution);
        await page.ClickAsync("#submit-code");
        Assert.Equal("Accepted", await WaitForVerdictAsync(page));
        Assert.Equal(1, await page.Locator(".problem-head [data-solved]").CountAsync());
        var rows = page.Locator("#history tbody tr");
        Assert.Equal(2, await rows.CountAsync());

        await rows.First.Locator("[data-diff]").ClickAsync();
        await page.Locator("#diff .diff-line").First.WaitForAsync();
        Assert.True(await page.Locator("#diff .diff-added").CountAsync() >= 5);
        Assert.Equal(2, await page.Locator("#diff .diff-removed").CountAsync());
        await page.Locator("#verdict").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("problem-accepted.png") });

        // Loading the earlier attempt puts its code back in the editor.
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await rows.Nth(1).Locator("[data-load]").ClickAsync();
        await page.WaitForFunctionAsync("() => window.mlprepEditor.state.doc.toString().includes(\"count('(')\")");
    }

    [Fact]
    public async Task CustomInput_ShowsTheAnswerBesideTheReferenceOne()
    {
        var page = await browser.NewPageAsync(1400, 1000);
        await page.GotoAsync(browser.Url + "/problems/merge-intervals");
        await page.Locator(".workspace[data-ready]").WaitForAsync();
        var solution = await File.ReadAllTextAsync(Path.Combine(TestRepo.Content, "problems", "merge-intervals", "solution.py"));
        await ReplaceCodeAsync(page, solution);

        await page.ClickAsync("#custom-input summary");
        await page.FillAsync("#custom-args", "[[1, 4], [2, 3], [6, 8]]");
        await page.ClickAsync("#run-custom");

        Assert.Equal("Accepted", await WaitForVerdictAsync(page));
        var result = await page.Locator("#verdict .custom-result").InnerTextAsync();
        Assert.Contains("[[1,4],[6,8]]", result, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("problem-custom.png") });
    }

    [Fact]
    public async Task ProblemList_FiltersByKind()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url + "/problems");
        var all = await page.Locator(".problem-row").CountAsync();

        await page.SelectOptionAsync("select[name=kind]", "ml");
        await page.ClickAsync(".filters button[type=submit]");
        await page.WaitForURLAsync("**/problems?kind=ml**");

        var ml = await page.Locator(".problem-row").CountAsync();
        Assert.InRange(ml, 1, all - 1);
        Assert.Equal(ml, await page.Locator(".problem-row .tag-kind", new PageLocatorOptions { HasText = "ML" }).CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Screenshot("problems.png") });
    }
}
