using MlPrep.Core.Progress;

namespace MlPrep.Core.Tests.Progress;

public sealed class ProgressCountTests
{
    [Fact]
    public void Of_LeavesSkippedTopicsOutOfThePercentage()
    {
        var count = ProgressCount.Of([TopicStatus.Done, TopicStatus.Done, TopicStatus.Skipped, TopicStatus.Learning, TopicStatus.NotStarted]);

        Assert.Equal(new ProgressCount(5, 2, 1, 1), count);
        Assert.Equal(50, count.Percent);
        Assert.Equal(2, count.Remaining);
    }

    [Fact]
    public void Of_AllSkipped_IsComplete()
    {
        Assert.Equal(100, ProgressCount.Of([TopicStatus.Skipped]).Percent);
        Assert.Equal(0, ProgressCount.Of([]).Percent);
    }

    [Theory]
    [InlineData("done", TopicStatus.Done)]
    [InlineData(" Learning ", TopicStatus.Learning)]
    [InlineData("not-started", TopicStatus.NotStarted)]
    [InlineData("SKIPPED", TopicStatus.Skipped)]
    public void TryParse_AcceptsSlugs(string slug, TopicStatus expected)
    {
        Assert.True(TopicStatusNames.TryParse(slug, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("finished")]
    public void TryParse_RejectsOtherText(string? slug)
    {
        Assert.False(TopicStatusNames.TryParse(slug, out _));
    }
}
