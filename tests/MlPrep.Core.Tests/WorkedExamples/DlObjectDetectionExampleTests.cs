namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of dl.object-detection: IoU of four boxes, greedy NMS, an anchor regression
/// target, the focal loss, and output and anchor counts.</summary>
public sealed class DlObjectDetectionExampleTests
{
    private const string Topic = "dl.object-detection";
    private static readonly double[][] Boxes = [[10, 10, 50, 50], [12, 12, 52, 52], [20, 20, 60, 60], [100, 100, 140, 140]];
    private static readonly double[] Scores = [0.9, 0.8, 0.7, 0.6];

    private static double Area(double[] b) => (b[2] - b[0]) * (b[3] - b[1]);

    private static double Iou(double[] a, double[] b)
    {
        var w = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]));
        var h = Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
        var inter = w * h;
        return inter / (Area(a) + Area(b) - inter);
    }

    private static List<int> Nms(double threshold)
    {
        var order = Enumerable.Range(0, Boxes.Length).OrderByDescending(i => Scores[i]).ToList();
        var keep = new List<int>();
        while (order.Count > 0)
        {
            var best = order[0];
            keep.Add(best);
            order = [.. order.Skip(1).Where(i => Iou(Boxes[best], Boxes[i]) <= threshold)];
        }

        return keep;
    }

    [Fact]
    public void IouAndNms_MatchTheNotes()
    {
        Notes.Shows(Topic, "1600", Area(Boxes[0]), 0);
        Notes.Shows(Topic, "0.822", Iou(Boxes[0], Boxes[1]));
        Notes.Shows(Topic, "0.391", Iou(Boxes[0], Boxes[2]));
        Notes.Shows(Topic, "0.471", Iou(Boxes[1], Boxes[2]));
        Assert.Equal(0, Iou(Boxes[0], Boxes[3]));

        int[] keptAtHalf = [0, 2, 3];
        Assert.Equal(keptAtHalf, Nms(0.5));
        Notes.Mention(Topic, "the result is $\\{A, C, D\\}$");
        int[] keptAtThreeTenths = [0, 3];
        Assert.Equal(keptAtThreeTenths, Nms(0.3));
    }

    [Fact]
    public void RegressionTargetAndFocalLoss_MatchTheNotes()
    {
        Notes.Mention(Topic, "(0.25, 0.0625, ");
        Assert.Equal(0.25, (40.0 - 32) / 32, 12);
        Assert.Equal(0.0625, (36.0 - 32) / 64, 12);
        Notes.Shows(Topic, "0.405", Math.Log(48.0 / 32));
        Notes.Shows(Topic, "-0.288", Math.Log(48.0 / 64));

        static double Focal(double p) => -Math.Pow(1 - p, 2) * Math.Log(p);
        Notes.Shows(Topic, "0.105", -Math.Log(0.9));
        Notes.Shows(Topic, "0.00105", Focal(0.9), 5e-6);
        Notes.Shows(Topic, "1.865", Focal(0.1));
        Notes.Shows(Topic, "2.303", -Math.Log(0.1));
    }

    [Fact]
    public void OutputAndAnchorCounts_MatchTheNotes()
    {
        Notes.Shows(Topic, "1470", 7 * 7 * ((2 * 5) + 20), 0);
        Notes.Shows(Topic, "17,100", 38 * 50 * 9, 0);
        var head = (512 * 512 * 9) + 512;
        Notes.Shows(Topic, "2,359,808", head, 0);
        Notes.Shows(Topic, "2,387,510", head + (512 * 18) + 18 + (512 * 36) + 36, 0);
    }
}
