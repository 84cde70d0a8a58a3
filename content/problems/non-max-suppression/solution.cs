public class Solution
{
    private static double Iou(double[] a, double[] b)
    {
        double w = Math.Max(0.0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]));
        double h = Math.Max(0.0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
        double inter = w * h;
        double union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
        return union > 0 ? inter / union : 0.0;
    }

    public int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
    {
        int n = scores.Length;
        var order = Enumerable.Range(0, n)
            .OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var suppressed = new bool[n];
        var keep = new List<int>();
        foreach (int i in order)
        {
            if (suppressed[i]) continue;
            keep.Add(i);
            foreach (int j in order)
                if (!suppressed[j] && j != i && Iou(boxes[i], boxes[j]) > iouThreshold)
                    suppressed[j] = true;
        }
        return keep.ToArray();
    }
}
