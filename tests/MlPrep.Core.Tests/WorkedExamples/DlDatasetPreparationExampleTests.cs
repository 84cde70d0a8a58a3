namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.dataset-preparation: split leakage, batch counts, batch memory and a weighted sampler.</summary>
public sealed class DlDatasetPreparationExampleTests
{
    private const string Topic = "dl.dataset-preparation";
    private const int TrainImages = 45_000;
    private const int BatchSize = 128;

    [Fact]
    public void RandomImageSplit_LeaksPatients()
    {
        const double pInTrain = 0.9;
        const int siblings = 3;
        var leaked = 1 - Math.Pow(1 - pInTrain, siblings);

        Notes.Shows(Topic, "0.999", leaked);
        Notes.Mention(Topic, "45,000 / 2,500 / 2,500");
    }

    [Fact]
    public void StepsPerEpoch_MatchTheNotes()
    {
        var ratio = (double)TrainImages / BatchSize;
        var withLast = (int)Math.Ceiling(ratio);
        var dropLast = TrainImages / BatchSize;
        var lastBatch = TrainImages - (dropLast * BatchSize);

        Notes.Shows(Topic, "351.56", ratio, 0.005);
        Assert.Equal(352, withLast);
        Notes.Mention(Topic, "352 steps");
        Notes.Mention(Topic, "351 steps");
        Assert.Equal(351, dropLast);
        Notes.Shows(Topic, "72", lastBatch, 0);
    }

    [Fact]
    public void BatchMemory_MatchesTheNotes()
    {
        long values = (long)BatchSize * 3 * 224 * 224;

        Notes.Shows(Topic, "77,070,336", values * 4, 0);
        Notes.Shows(Topic, "77.1", values * 4 / 1e6, 0.05);
        Notes.Shows(Topic, "19.3", values / 1e6, 0.05);
    }

    [Fact]
    public void WeightedSampler_MatchesTheNotes()
    {
        const double normal = 40_500, abnormal = 4_500;
        var perClassWeight = new[] { normal * (1 / normal), abnormal * (1 / abnormal) };
        var pAbnormal = perClassWeight[1] / perClassWeight.Sum();
        var abnormalRepeats = TrainImages * pAbnormal / abnormal;
        var normalRepeats = TrainImages * (1 - pAbnormal) / normal;
        var missed = Math.Pow(1 - (0.5 / normal), TrainImages);

        Notes.Shows(Topic, "0.5", pAbnormal);
        Notes.Shows(Topic, "5", abnormalRepeats);
        Notes.Shows(Topic, "0.56", normalRepeats, 0.005);
        Notes.Shows(Topic, "0.574", missed);
    }
}
