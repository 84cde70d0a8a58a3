public class Solution
{
    public double[][][] Conv2d(double[][][] x, double[][] weight, double[] bias, int kh, int kw, int stride, int padding)
    {
        int cIn = x.Length, h = x[0].Length, w = x[0][0].Length, cOut = weight.Length;
        int hOut = (h + 2 * padding - kh) / stride + 1;
        int wOut = (w + 2 * padding - kw) / stride + 1;
        var output = new double[cOut][][];
        for (int o = 0; o < cOut; o++)
        {
            double[] k = weight[o];                 // laid out as [c][di][dj]
            output[o] = new double[hOut][];
            for (int i = 0; i < hOut; i++)
            {
                output[o][i] = new double[wOut];
                for (int j = 0; j < wOut; j++)
                {
                    double sum = bias[o];
                    for (int c = 0; c < cIn; c++)
                        for (int di = 0; di < kh; di++)
                        {
                            int r = i * stride + di - padding;
                            if (r < 0 || r >= h) continue;    // zero padding
                            for (int dj = 0; dj < kw; dj++)
                            {
                                int col = j * stride + dj - padding;
                                if (col < 0 || col >= w) continue;
                                sum += k[(c * kh + di) * kw + dj] * x[c][r][col];
                            }
                        }
                    output[o][i][j] = sum;
                }
            }
        }
        return output;
    }
}
