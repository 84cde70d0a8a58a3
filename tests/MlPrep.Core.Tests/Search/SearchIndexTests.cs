using MlPrep.Core.Curriculum;
using MlPrep.Core.Search;

namespace MlPrep.Core.Tests.Search;

public sealed class SearchIndexTests
{
    private static readonly SearchIndex Shipped = new(CurriculumLoader.Load(TestRepo.Content));

    [Fact]
    public void Search_LassoRidgePenalty_RanksRegularizationInTopThree()
    {
        var hits = Shipped.Search("lasso ridge penalty", 3);

        Assert.Contains(hits, h => h.Id == "ml.regularization-linear" && h.Kind == "topic");
    }

    [Fact]
    public void Search_FindsTopicByAWordThatOnlyItsNotesContain()
    {
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", body: "## Intuition\n\nThe zebrafish example shows it.\n"));
        using var index = new SearchIndex(CurriculumLoader.Load(content.Root));

        var hit = Assert.Single(index.Search("zebrafish"));

        Assert.Equal(("topic", "ml.a", "ml.a"), (hit.Kind, hit.Id, hit.Topic));
        Assert.Contains("<mark>zebrafish</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_StemsWords()
    {
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", body: "## Intuition\n\nThe penalties shrink weights.\n"));
        using var index = new SearchIndex(CurriculumLoader.Load(content.Root));

        Assert.Contains(index.Search("penalty"), h => h.Id == "ml.a");
    }

    [Fact]
    public void Search_FindsCardsWithTheirTopic()
    {
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a"));
        using var index = new SearchIndex(CurriculumLoader.Load(content.Root));

        var hit = index.Search("Question 3").First(h => h.Kind == "card");

        Assert.Equal("ml.a/c3", hit.Id);
        Assert.Equal("ml.a", hit.Topic);
    }

    [Fact]
    public void Search_FindsUnwrittenTopicsByTitle()
    {
        using var content = new TempContent();
        using var index = new SearchIndex(CurriculumLoader.Load(content.Root));

        Assert.Equal("ml.c", Assert.Single(index.Search("Topic C", 1)).Id);
    }

    [Fact]
    public void Search_FindsProblemsByTheirStatement()
    {
        var hit = Shipped.Search("ledger scanned prices", 5).First(h => h.Kind == "problem");

        Assert.Equal(("two-sum", "coding.hashing"), (hit.Id, hit.Topic));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and")]
    public void Search_EmptyOrStopWordQuery_FindsNothing(string query)
    {
        Assert.Empty(Shipped.Search(query));
    }

    [Theory]
    [InlineData("C++ (")]
    [InlineData("AND OR NOT")]
    [InlineData("title:\"unclosed")]
    [InlineData("*wild? ~fuzzy^2")]
    public void Search_QuerySyntaxCharacters_DoNotThrow(string query)
    {
        _ = Shipped.Search(query);
    }

    [Fact]
    public void Search_SnippetsAreHtmlEscaped()
    {
        using var content = new TempContent().Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", body: "## Intuition\n\nCompare a < b with the marmot rule.\n"));
        using var index = new SearchIndex(CurriculumLoader.Load(content.Root));

        var snippet = index.Search("marmot").Single().Snippet;

        Assert.Contains("a &lt; b", snippet, StringComparison.Ordinal);
    }
}
