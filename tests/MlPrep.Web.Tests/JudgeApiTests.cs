using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MlPrep.Judge;
using MlPrep.Web.Judging;

namespace MlPrep.Web.Tests;

/// <summary>
/// Runs and submissions through the API, judged for real in the sandbox: stored, followed until
/// done, listed in the history, compared by diff, and shown as solved on the pages.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class JudgeApiTests(WebAppFixture app)
{
    private static readonly string TwoSum = File.ReadAllText(Path.Combine(TestRepo.Content, "problems", "two-sum", "solution.py"));

    internal static async Task<JsonObject> SubmitAndWaitAsync(HttpClient client, string problem, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/problems/{problem}/submissions", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = queued["id"]!.GetValue<long>();
        Assert.Equal($"/api/submissions/{id}", response.Headers.Location?.ToString());
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var details = (await client.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}"))!;
            if (details["summary"]!["status"]!.GetValue<string>() == "done")
            {
                return details;
            }

            Assert.True(DateTime.UtcNow < deadline, $"submission {id} did not finish");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Submit_ReferenceSolution_IsAcceptedStoredAndShownAsSolved()
    {
        var factory = app.Start(TestRepo.Content);
        var client = factory.CreateClient();

        var details = await SubmitAndWaitAsync(client, "two-sum", new { language = "python", mode = "submit", code = TwoSum });

        var summary = details["summary"]!;
        Assert.Equal("Accepted", summary["verdict"]!.GetValue<string>());
        Assert.Equal(13, summary["total"]!.GetValue<int>());
        Assert.Equal(13, summary["passed"]!.GetValue<int>());
        Assert.Equal(TwoSum, details["code"]!.GetValue<string>());
        Assert.Equal(13, details["result"]!["tests"]!.AsArray().Count);

        var list = (await client.GetFromJsonAsync<JsonObject>("/api/problems?solved=true"))!;
        Assert.Equal(["two-sum"], list["problems"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        var page = await client.GetStringAsync("/problems");
        Assert.Contains("aria-label=\"Solved\"", page, StringComparison.Ordinal);
        var topic = await client.GetStringAsync("/topics/coding.hashing");
        Assert.Contains("href=\"/problems/two-sum\"", topic, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Solved\"", topic, StringComparison.Ordinal);
        var row = Row(page, "two-sum");
        Assert.Contains("<td class=\"num\">1</td>", row, StringComparison.Ordinal);
        Assert.Matches("<td class=\"num\">(<1|[0-9]+) ms</td>", row);
        var paths = await client.GetStringAsync("/paths");
        var item = Row(paths, "two-sum");
        Assert.Contains("aria-label=\"Solved\"", item, StringComparison.Ordinal);
        Assert.Matches("1 attempt (·|&#xB7;) best", item);
        Assert.DoesNotContain("tag-next", item, StringComparison.Ordinal);
    }

    /// <summary>The markup of the element that carries data-problem="<paramref name="id"/>", up to the next such element.</summary>
    private static string Row(string page, string id)
    {
        var start = page.IndexOf($"data-problem=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element for {id}");
        var end = page.IndexOf("data-problem=", start + 10, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    [Fact]
    public async Task Run_JudgesTheVisibleTestsOnly_AndShowsTheFirstFailure()
    {
        var client = app.Shipped.CreateClient();
        const string Wrong = "def two_sum(nums, target):\n    print('debugging', nums)\n    return [0, 1]\n";

        var details = await SubmitAndWaitAsync(client, "two-sum", new { language = "python", mode = "run", code = Wrong });

        Assert.Equal("WrongAnswer", details["summary"]!["verdict"]!.GetValue<string>());
        var tests = details["result"]!["tests"]!.AsArray();
        Assert.Equal(3, tests.Count);
        Assert.All(tests, t => Assert.True(t!["visible"]!.GetValue<bool>()));
        Assert.Contains("expected [1,2], got [0,1]", tests[1]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("debugging [2, 7, 11, 15]", details["result"]!["output"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Custom_ComparesWithTheReferenceAnswer()
    {
        var client = app.Shipped.CreateClient();

        var details = await SubmitAndWaitAsync(client, "two-sum", new { language = "python", mode = "custom", code = TwoSum, input = "[1, 5, 7, 5]\n10" });

        var result = details["result"]!;
        Assert.Equal("Accepted", details["summary"]!["verdict"]!.GetValue<string>());
        Assert.Equal("[1,3]", result["answer"]!.ToJsonString());
        Assert.Equal("[1,3]", result["expected"]!.ToJsonString());
        Assert.Equal("[[1,5,7,5],10]", details["input"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_ListsAttemptsNewestFirst_AndDiffsTwoOfThem()
    {
        var factory = app.Start(TestRepo.Content);
        var client = factory.CreateClient();
        var second = TwoSum;
        var first = second.Split('\n')[0] + "\n    return [0, 1]\n";

        var a = await SubmitAndWaitAsync(client, "two-sum", new { language = "python", mode = "submit", code = first });
        var b = await SubmitAndWaitAsync(client, "two-sum", new { language = "python", mode = "submit", code = second });
        var idA = a["summary"]!["id"]!.GetValue<long>();
        var idB = b["summary"]!["id"]!.GetValue<long>();

        var history = (await client.GetFromJsonAsync<JsonObject>("/api/problems/two-sum/submissions"))!["submissions"]!.AsArray();
        Assert.Equal([idB, idA], history.Select(s => s!["id"]!.GetValue<long>()));
        Assert.Equal(["Accepted", "WrongAnswer"], history.Select(s => s!["verdict"]!.GetValue<string>()));

        var diff = (await client.GetFromJsonAsync<JsonObject>($"/api/submissions/{idB}/diff?against={idA}"))!;
        Assert.Equal(second.TrimEnd('\n').Split('\n').Length - 1, diff["added"]!.GetValue<int>());
        Assert.Equal(1, diff["removed"]!.GetValue<int>());
        Assert.Contains(diff["lines"]!.AsArray(), l => l!["kind"]!.GetValue<string>() == "removed" && l["text"]!.GetValue<string>() == "    return [0, 1]");

        var page = await client.GetStringAsync("/problems/two-sum");
        Assert.Contains($"data-submission=\"{idA}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-solved", page, StringComparison.Ordinal);
        Assert.Contains("<details class=\"editorial\" id=\"editorial\" open", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"language\":\"cobol\",\"code\":\"x\"}", "language")]
    [InlineData("{\"language\":\"python\",\"code\":\"   \"}", "code")]
    [InlineData("{\"language\":\"python\",\"code\":\"x\",\"mode\":\"race\"}", "mode")]
    [InlineData("{\"language\":\"python\",\"code\":\"x\",\"mode\":\"custom\",\"input\":\"[1, 2]\\n\\\"nine\\\"\"}", "input")]
    [InlineData("{\"language\":\"python\",\"code\":\"x\",\"mode\":\"custom\",\"input\":\"[1, 2]\"}", "input")]
    [InlineData("{\"language\":\"python\",\"code\":\"x\",\"mode\":\"custom\",\"input\":\"[1, 2\\n3\"}", "input")]
    public async Task BadRequests_NameTheField(string body, string field)
    {
        var client = app.Shipped.CreateClient();

        var response = await client.PostAsync("/api/problems/two-sum/submissions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task CustomInput_ErrorSaysWhichLine()
    {
        var client = app.Shipped.CreateClient();

        var response = await client.PostAsJsonAsync("/api/problems/two-sum/submissions", new { language = "python", code = "x", mode = "custom", input = "[1, 2]\n\"nine\"" });

        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("line 2: target must be of type int", problem["errors"]!["input"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task OversizedCode_IsRefusedBeforeTheJudge()
    {
        var client = app.Shipped.CreateClient();

        var response = await client.PostAsJsonAsync("/api/problems/two-sum/submissions", new { language = "python", code = new string('#', 70_000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the limit is 65536", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProblemOrSubmission_Is404()
    {
        var client = app.Shipped.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/problems/no-such/submissions", new { language = "python", code = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/submissions/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/problems/no-such")).StatusCode);
    }

    [Fact]
    public async Task ProblemPage_HasTheEditorStatementAndFilters()
    {
        var client = app.Shipped.CreateClient();

        var page = await client.GetStringAsync("/problems/softmax");
        Assert.Contains("id=\"editor\"", page, StringComparison.Ordinal);
        Assert.Contains("/dist/editor.js", page, StringComparison.Ordinal);
        Assert.Contains("class=\"math\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"problem-data\"", page, StringComparison.Ordinal);
        Assert.Contains("<details class=\"editorial\" id=\"editorial\">", page, StringComparison.Ordinal);
        Assert.Contains("## Approach", (await client.GetFromJsonAsync<JsonObject>("/api/problems/softmax"))!["editorial"]!.GetValue<string>(), StringComparison.Ordinal);

        var ml = await client.GetStringAsync("/problems?kind=ml&difficulty=easy");
        Assert.Contains("href=\"/problems/softmax\"", ml, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/problems/two-sum\"", ml, StringComparison.Ordinal);
        var byPattern = await client.GetStringAsync("/problems?pattern=stack");
        var shipped = Core.Curriculum.CurriculumLoader.Load(TestRepo.Content).Problems;
        Assert.Contains($"data-count=\"{shipped.Count(p => p.Pattern == "stack")}\"", byPattern, StringComparison.Ordinal);
        var byArea = await client.GetStringAsync("/problems?topic=coding");
        Assert.Contains($"data-count=\"{shipped.Count(p => p.Topics.Any(t => t.StartsWith("coding.", StringComparison.Ordinal)))}\"", byArea, StringComparison.Ordinal);
    }
}

/// <summary>The server's side of the queue, with a judge that the test controls.</summary>
[Collection(WebCollection.Name)]
public sealed class JudgeQueueApiTests(WebAppFixture app)
{
    [Fact]
    public async Task FullQueue_Answers429WithRetryAfter_AndLaterRequestsStillWork()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var factory = app.Start(TestRepo.Content, services =>
        {
            services.AddSingleton(new JudgeBackend(null, async (_, _) =>
            {
                await release.Task;
                return new JudgeResult(Verdicts.Accepted, [], null, "", "");
            }));
            services.AddSingleton(new JudgeSettings(Workers: 1, Capacity: 2));
        });
        var client = factory.CreateClient();
        var body = new { language = "python", code = "def two_sum(n, t):\n    return []\n", mode = "submit" };

        var first = await client.PostAsJsonAsync("/api/problems/two-sum/submissions", body);
        var second = await client.PostAsJsonAsync("/api/problems/two-sum/submissions", body);
        var third = await client.PostAsJsonAsync("/api/problems/two-sum/submissions", body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        while ((await client.GetFromJsonAsync<JsonObject>($"/api/submissions/{firstId}"))!["summary"]!["status"]!.GetValue<string>() != "running")
        {
            await Task.Delay(20);
        }

        var secondId = (await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
        var waiting = (await client.GetFromJsonAsync<JsonObject>($"/api/submissions/{secondId}"))!["summary"]!;
        Assert.Equal("queued", waiting["status"]!.GetValue<string>());
        Assert.Equal(0, waiting["position"]!.GetValue<int>());

        release.SetResult();
        await factory.Services.GetRequiredService<JudgeService>().DrainAsync();
        var history = (await client.GetFromJsonAsync<JsonObject>("/api/problems/two-sum/submissions"))!["submissions"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.All(history, s => Assert.Equal("Accepted", s!["verdict"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/problems/two-sum/submissions", body)).StatusCode);
    }

    [Fact]
    public async Task CrashingJudge_BecomesInternalError_AndTheServerKeepsServing()
    {
        var factory = app.Start(TestRepo.Content, services =>
            services.AddSingleton(new JudgeBackend(null, (_, _) => throw new InvalidOperationException("the disk is full"))));
        var client = factory.CreateClient();

        var details = await JudgeApiTests.SubmitAndWaitAsync(client, "two-sum", new { language = "python", code = "x", mode = "submit" });

        Assert.Equal("InternalError", details["summary"]!["verdict"]!.GetValue<string>());
        Assert.Contains("the disk is full", details["result"]!["output"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/problems")).StatusCode);
    }

    [Fact]
    public async Task WithoutTheSandbox_SubmitAnswers503AndThePageSaysHowToFixIt()
    {
        var factory = app.Start(TestRepo.Content, services =>
            services.AddSingleton(new JudgeBackend("bubblewrap is not installed. Install it with: apt-get install -y bubblewrap", (_, _) => throw new InvalidOperationException())));
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/problems/two-sum/submissions", new { language = "python", code = "x" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("apt-get install -y bubblewrap", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await client.GetStringAsync("/problems/two-sum");
        Assert.Contains("data-judge-off", page, StringComparison.Ordinal);
    }
}
