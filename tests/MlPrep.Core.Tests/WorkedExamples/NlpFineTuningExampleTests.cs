namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of nlp.fine-tuning: head size, warm-up schedule, optimiser memory and LoRA size.</summary>
public sealed class NlpFineTuningExampleTests
{
    private const string Topic = "nlp.fine-tuning";
    private const double BertBase = 109_482_240;

    private static double LinearWarmupDecay(double step, double peak, double warmup, double total) =>
        step < warmup ? peak * step / warmup : peak * Math.Max(0, (total - step) / (total - warmup));

    [Fact]
    public void HeadAndSchedule_MatchTheNotes()
    {
        Assert.Equal(1538, 768 * 2 + 2);
        Notes.Mention(Topic, "1{,}538");

        var perEpoch = (int)Math.Ceiling(10_000 / 32.0);
        var total = 3 * perEpoch;
        var warmup = (int)Math.Ceiling(0.1 * total);
        Assert.Equal(313, perEpoch);
        Assert.Equal(939, total);
        Assert.Equal(94, warmup);
        Notes.Mention(Topic, "313 steps per epoch, 939 in total; 10% warm-up is 94 steps");

        Assert.Equal(1e-5, LinearWarmupDecay(47, 2e-5, warmup, total), 12);
        Notes.Mention(Topic, "= 1 \\times 10^{-5}");
        Assert.Equal(1.04e-5, LinearWarmupDecay(500, 2e-5, warmup, total), 7);
        Notes.Mention(Topic, "= 1.04 \\times 10^{-5}");

        var tokens = total * 32.0 * 128;
        Assert.Equal(3.85, Math.Round(tokens / 1e6, 2));
        Notes.Mention(Topic, "\\approx 3.85$M tokens");
        Assert.Equal(2.5, Math.Round(6 * BertBase * tokens / 1e15, 1));
        Notes.Mention(Topic, "\\approx 2.5 \\times 10^{15}$ FLOPs");
    }

    [Fact]
    public void MemoryAndLora_MatchTheNotes()
    {
        Notes.Shows(Topic, "1.75", BertBase * 16 / 1e9, 5e-3);
        Assert.Equal(112, 7e9 * 16 / 1e9, 12);
        Notes.Mention(Topic, "112 GB for a 7B model");

        var perMatrix = 8 * (768 + 768);
        Assert.Equal(12_288, perMatrix);
        Notes.Mention(Topic, "12{,}288");
        Notes.Shows(Topic, "294,912", perMatrix * 2 * 12, 0);
        Notes.Shows(Topic, "0.27", 100 * perMatrix * 2 * 12 / BertBase, 5e-3);
    }
}
