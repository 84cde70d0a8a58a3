public class Solution
{
    public double[][] BoxIou(double[][] boxes1, double[][] boxes2)
    {
        var result = new double[boxes1.Length][];
        for (int i = 0; i < boxes1.Length; i++)
        {
            double[] a = boxes1[i];
            double areaA = (a[2] - a[0]) * (a[3] - a[1]);
            result[i] = new double[boxes2.Length];
            for (int j = 0; j < boxes2.Length; j++)
            {
                double[] b = boxes2[j];
                double areaB = (b[2] - b[0]) * (b[3] - b[1]);
                double w = Math.Max(0.0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]));
                double h = Math.Max(0.0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
                double inter = w * h;
                double union = areaA + areaB - inter;
                result[i][j] = union > 0 ? inter / union : 0.0;
            }
        }
        return result;
    }
}
