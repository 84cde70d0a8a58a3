namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.transfer-learning: a new ResNet-50 head, the trained fraction, optimiser memory and ULMFiT rates.</summary>
public sealed class DlTransferLearningExampleTests
{
    private const string Topic = "dl.transfer-learning";
    private const long ResNet50Parameters = 25_557_032;
    private const int Features = 2048;

    private static long LinearHead(int classes) => ((long)Features * classes) + classes;

    [Fact]
    public void HeadAndBackbone_MatchTheNotes()
    {
        var oldHead = LinearHead(1000);
        var backbone = ResNet50Parameters - oldHead;
        var newHead = LinearHead(10);

        Assert.Equal(2_049_000, oldHead);
        Notes.Mention(Topic, "2{,}049{,}000");
        Notes.Shows(Topic, "23,508,032", backbone, 0);
        Notes.Shows(Topic, "20,490", newHead, 0);
        Notes.Shows(Topic, "23,528,522", backbone + newHead, 0);
        Notes.Shows(Topic, "0.087", 100.0 * newHead / (backbone + newHead));
    }

    [Fact]
    public void FullFineTuningState_MatchesTheNotes()
    {
        const int bytesPerParameter = 4 * 4;
        var total = ResNet50Parameters - LinearHead(1000) + LinearHead(10);

        Notes.Shows(Topic, "376.5", total * bytesPerParameter / 1e6, 0.05);
    }

    [Fact]
    public void DiscriminativeRates_MatchTheNotes()
    {
        var rates = Enumerable.Range(0, 4).Select(i => 1e-3 / Math.Pow(2.6, i)).ToArray();

        Notes.Shows(Topic, "3.85e-4", rates[1], 1e-6);
        Notes.Shows(Topic, "1.48e-4", rates[2], 1e-6);
        Notes.Shows(Topic, "5.69e-5", rates[3], 1e-7);
    }
}
