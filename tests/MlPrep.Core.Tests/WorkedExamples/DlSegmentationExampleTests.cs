namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.segmentation: IoU, Dice, mIoU and pixel accuracy of a 4x4 mask, and
/// the shapes and parameter count of the original U-Net.</summary>
public sealed class DlSegmentationExampleTests
{
    private const string Topic = "dl.segmentation";
    private static readonly int[] Truth = [0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0];
    private static readonly int[] Predicted = [0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0];

    [Fact]
    public void OverlapMetrics_MatchTheNotes()
    {
        var pairs = Truth.Zip(Predicted).ToArray();
        double tp = pairs.Count(p => p is (1, 1));
        double fp = pairs.Count(p => p is (0, 1));
        double fn = pairs.Count(p => p is (1, 0));
        double tn = pairs.Count(p => p is (0, 0));
        Notes.Mention(Topic, "$TP = 6$, $FP = 1$, $FN = 1$, $TN = 8$");
        double[] counts = [6, 1, 1, 8];
        double[] actual = [tp, fp, fn, tn];
        Assert.Equal(counts, actual);

        var iouFore = tp / (tp + fp + fn);
        var iouBack = tn / (tn + fp + fn);
        Notes.Shows(Topic, "0.75", iouFore, 1e-12);
        Notes.Shows(Topic, "0.857", 2 * tp / ((2 * tp) + fp + fn));
        Notes.Shows(Topic, "0.8", iouBack, 1e-12);
        Notes.Shows(Topic, "0.775", (iouFore + iouBack) / 2, 1e-12);
        Notes.Shows(Topic, "0.875", (tp + tn) / Truth.Length, 1e-12);
        Notes.Shows(Topic, "0.5625", Truth.Count(t => t == 0) / (double)Truth.Length, 1e-12);
    }

    [Fact]
    public void UNetShapesAndParameters_MatchTheNotes()
    {
        var size = 572;
        var encoder = new List<int>();
        for (var level = 0; level < 5; level++)
        {
            size -= 4;
            encoder.Add(size);
            if (level < 4)
            {
                size /= 2;
            }
        }

        int[] encoderSizes = [568, 280, 136, 64, 28];
        Assert.Equal(encoderSizes, encoder);
        var decoder = new List<int>();
        for (var level = 0; level < 4; level++)
        {
            size = (size * 2) - 4;
            decoder.Add(size);
        }

        int[] decoderSizes = [52, 100, 196, 388];
        Assert.Equal(decoderSizes, decoder);
        Notes.Mention(Topic, "(B, 2, 388, 388)");

        static long Conv(long cin, long cout, long k) => (cout * cin * k * k) + cout;
        int[] widths = [64, 128, 256, 512, 1024];
        long total = 0;
        long cin = 1;
        foreach (var w in widths)
        {
            total += Conv(cin, w, 3) + Conv(w, w, 3);
            cin = w;
        }

        for (var i = widths.Length - 1; i > 0; i--)
        {
            total += Conv(widths[i], widths[i - 1], 2) + Conv(widths[i], widths[i - 1], 3) + Conv(widths[i - 1], widths[i - 1], 3);
        }

        total += Conv(64, 2, 1);
        Notes.Shows(Topic, "640", Conv(1, 64, 3), 0);
        Notes.Shows(Topic, "36,928", Conv(64, 64, 3), 0);
        Notes.Shows(Topic, "31,030,658", total, 0);
        Notes.Shows(Topic, "11.9", 568.0 * 568 * 64 * 64 * 9 / 1e9, 0.05);
        Notes.Shows(Topic, "62,720", 80 * 28 * 28, 0);
    }
}
