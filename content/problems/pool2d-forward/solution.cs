public class Solution
{
    public double[][] Pool2d(double[][] x, int kernel, int stride, int padding, string mode)
    {
        int h = x.Length, w = x[0].Length;
        int hOut = (h + 2 * padding - kernel) / stride + 1;
        int wOut = (w + 2 * padding - kernel) / stride + 1;
        bool isMax = mode == "max";
        var output = new double[hOut][];
        for (int i = 0; i < hOut; i++)
        {
            output[i] = new double[wOut];
            for (int j = 0; j < wOut; j++)
            {
                double best = double.NegativeInfinity, sum = 0.0;
                for (int a = 0; a < kernel; a++)
                {
                    int r = i * stride + a - padding;
                    if (r < 0 || r >= h) continue;
                    for (int b = 0; b < kernel; b++)
                    {
                        int c = j * stride + b - padding;
                        if (c < 0 || c >= w) continue;
                        best = Math.Max(best, x[r][c]);
                        sum += x[r][c];
                    }
                }
                // Padding is -inf for max and counts as zeros for avg (count_include_pad=True).
                output[i][j] = isMax ? best : sum / (kernel * kernel);
            }
        }
        return output;
    }
}
