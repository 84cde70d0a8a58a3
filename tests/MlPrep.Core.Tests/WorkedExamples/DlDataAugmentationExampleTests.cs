namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>
/// The worked example of dl.data-augmentation: the number of pad-and-crop-and-flip variants of a CIFAR image,
/// a mixup input and its soft-target cross-entropy, and the CutMix label weights.
/// </summary>
public sealed class DlDataAugmentationExampleTests
{
    private const string Topic = "dl.data-augmentation";
    private const double Lambda = 0.7;
    private static readonly double[] Predicted = [0.6, 0.3, 0.1];

    [Fact]
    public void CropAndFlipVariants_MatchTheNotes()
    {
        const int image = 32, padding = 4;
        var positions = image + (2 * padding) - image + 1; // crop offsets along one side of the padded image

        Notes.Shows(Topic, "81", positions * positions, 0);
        Notes.Shows(Topic, "162", 2 * positions * positions, 0);
    }

    [Fact]
    public void Mixup_MatchesTheNotes()
    {
        double[] target = [Lambda, 1 - Lambda, 0];
        var loss = -target.Zip(Predicted, (q, p) => q == 0 ? 0 : q * Math.Log(p)).Sum();
        var mixedLabels = (Lambda * -Math.Log(Predicted[0])) + ((1 - Lambda) * -Math.Log(Predicted[1]));

        Notes.Shows(Topic, "0.41", (Lambda * 0.2) + ((1 - Lambda) * 0.9), 1e-12);
        Notes.Shows(Topic, "0.5108", -Math.Log(Predicted[0]));
        Notes.Shows(Topic, "1.2040", -Math.Log(Predicted[1]));
        Notes.Shows(Topic, "0.7188", loss);
        Assert.Equal(loss, mixedLabels, 12);
    }

    [Fact]
    public void CutMixWeights_MatchTheNotes()
    {
        const double boxArea = 16 * 8, imageArea = 32 * 32;

        Notes.Mention(Topic, "covers $128/1024$ of the area");
        Notes.Shows(Topic, "0.875", 1 - (boxArea / imageArea), 1e-12);
        Notes.Shows(Topic, "0.125", boxArea / imageArea, 1e-12);
    }
}
