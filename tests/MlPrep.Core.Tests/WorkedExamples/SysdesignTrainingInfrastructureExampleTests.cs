namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of sysdesign.training-infrastructure: compute, time, cost, sharded memory, all-reduce traffic, pipeline bubble and successive halving.</summary>
public sealed class SysdesignTrainingInfrastructureExampleTests
{
    private const string Topic = "sysdesign.training-infrastructure";
    private const double Parameters = 1e9, Tokens = 20e9, Gpus = 8, FlopsPerGpu = 400e12, DollarsPerGpuHour = 3;
    private const double BytesPerParameter = 16;

    [Fact]
    public void ComputeTimeAndCost_MatchTheNotes()
    {
        var flops = 6 * Parameters * Tokens;
        var seconds = flops / (Gpus * FlopsPerGpu);
        var gpuHours = Gpus * seconds / 3600;

        Assert.Equal(1.2, flops / 1e20, 9);
        Notes.Mention(Topic, "= 1.2 \\times 10^{20}$ FLOPs");
        Assert.Equal(37_500, seconds, 6);
        Notes.Mention(Topic, "= 37{,}500$ s");
        Notes.Shows(Topic, "10.4", seconds / 3600, 0.05);
        Notes.Shows(Topic, "83.3", gpuHours, 0.05);
        Assert.Equal(250, gpuHours * DollarsPerGpuHour, 6);
        Notes.Mention(Topic, "about **\\$250**");
    }

    [Fact]
    public void ShardedMemory_MatchesTheNotes()
    {
        const double weights = 2, gradients = 2, optimiser = 12;

        Assert.Equal(BytesPerParameter, weights + gradients + optimiser);
        Notes.Mention(Topic, "DDP 16 GB");
        Notes.Shows(Topic, "5.5", weights + gradients + (optimiser / Gpus), 1e-12);
        Notes.Shows(Topic, "3.75", weights + ((gradients + optimiser) / Gpus), 1e-12);
        Assert.Equal(2, BytesPerParameter / Gpus);
        Notes.Mention(Topic, "ZeRO-3 $16/8 = 2$ GB");
    }

    [Fact]
    public void AllReduce_MatchesTheNotes()
    {
        const double gradientGigabytes = 2, bandwidthGigabytesPerSecond = 100;
        var sent = 2 * (Gpus - 1) / Gpus * gradientGigabytes;

        Assert.Equal(3.5, sent, 12);
        Notes.Mention(Topic, "= 3.5$ GB per GPU per step");
        Assert.Equal(35, 1000 * sent / bandwidthGigabytesPerSecond, 9);
        Notes.Mention(Topic, "35 ms at an assumed 100 GB/s");
    }

    [Fact]
    public void PipelineBubble_MatchesTheNotes()
    {
        const int stages = 4, microBatches = 12;

        Assert.Equal(0.2, (stages - 1) / (double)(microBatches + stages - 1), 12);
        Notes.Mention(Topic, "the bubble is $3/15 = 0.2$");
    }

    [Fact]
    public void SuccessiveHalving_MatchesTheNotes()
    {
        int[] budgets = [1, 4, 16];
        const int eta = 4;
        var configurations = 64;
        var epochs = 0;
        var previousBudget = 0;
        foreach (var budget in budgets)
        {
            epochs += configurations * (budget - previousBudget);
            previousBudget = budget;
            configurations /= eta;
        }

        Assert.Equal(160, epochs);
        Notes.Mention(Topic, "4 \\times 12 = 160$ epochs");
        Assert.Equal(1024, 64 * 16);
        Notes.Mention(Topic, "cost 1,024 epochs");
    }
}
