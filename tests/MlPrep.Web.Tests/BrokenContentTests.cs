namespace MlPrep.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class BrokenContentTests(WebAppFixture app) : IDisposable
{
    private readonly string _root = TestRepo.NewTempDir("broken");

    [Fact]
    public async Task BrokenTopicFile_ShowsABannerAndTheRestStillLoads()
    {
        var content = Path.Combine(_root, "content");
        Directory.CreateDirectory(Path.Combine(content, "topics", "ml"));
        File.Copy(Path.Combine(TestRepo.Content, "roadmap.yaml"), Path.Combine(content, "roadmap.yaml"));
        File.Copy(Path.Combine(TestRepo.Content, "topics", "ml", "ml.knn.md"), Path.Combine(content, "topics", "ml", "ml.knn.md"));
        File.WriteAllText(Path.Combine(content, "topics", "ml", "ml.svm.md"), "---\nid: ml.svm\ntitle: [broken\n---\n");
        var client = app.Start(content).CreateClient();

        var roadmap = await client.GetStringAsync("/roadmap");
        var problems = await client.GetStringAsync("/content/problems");
        var knn = await client.GetStringAsync("/topics/ml.knn");
        var svm = await client.GetStringAsync("/topics/ml.svm");

        Assert.Contains("1 content problem", roadmap, StringComparison.Ordinal);
        Assert.Contains("content/topics/ml/ml.svm.md:", problems, StringComparison.Ordinal);
        Assert.Contains("class=\"math\"", knn, StringComparison.Ordinal);
        Assert.Contains("Notes coming", svm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicWithoutNotes_ShowsNotesComingAndStillListsItsProblems()
    {
        var content = Path.Combine(_root, "content");
        Directory.CreateDirectory(Path.Combine(content, "problems", "two-sum"));
        File.Copy(Path.Combine(TestRepo.Content, "roadmap.yaml"), Path.Combine(content, "roadmap.yaml"));
        foreach (var file in Directory.GetFiles(Path.Combine(TestRepo.Content, "problems", "two-sum")))
        {
            File.Copy(file, Path.Combine(content, "problems", "two-sum", Path.GetFileName(file)));
        }

        var client = app.Start(content).CreateClient();
        var response = await client.GetAsync("/topics/coding.hashing");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Notes coming", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/problems/two-sum\"", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
