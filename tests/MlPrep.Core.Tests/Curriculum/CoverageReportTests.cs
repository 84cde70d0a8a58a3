using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Tests.Curriculum;

public sealed class CoverageReportTests
{
    [Fact]
    public void From_CountsCoveredTopicsCardsQuizAndWordsPerArea()
    {
        using var content = new TempContent()
            .Write("ml/ml.a.md", TempContent.ValidTopic("ml.a", cards: 7, quiz: 4))
            .Write("ml/ml.b.md", TempContent.ValidTopic("ml.b", cards: 2, quiz: 5))
            .Write("math/math.x.md", "---\nid: math.x\n---\n");

        var report = CoverageReport.From(CurriculumLoader.Load(content.Root));

        var words = CurriculumLoader.Load(content.Root).FindTopic("ml.a")!.Content!.WordCount;
        Assert.Equal(new AreaCoverage(3, 1, 9, 9, 2 * words), report.Areas["ml"]);
        Assert.Equal(new AreaCoverage(1, 0, 0, 0, 0), report.Areas["math"]);
        Assert.Equal(["ml.b", "ml.c", "math.x"], report.Missing);
        Assert.Equal(2, report.Errors.Count);
    }
}
