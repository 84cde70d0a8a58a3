public class Solution
{
    public double[][] RnnForward(double[][] x, double[] h0, double[][] wIh, double[][] wHh, double[] bIh, double[] bHh)
    {
        int hidden = h0.Length;
        var states = new double[x.Length][];
        double[] h = h0;
        for (int t = 0; t < x.Length; t++)
        {
            var next = new double[hidden];
            for (int i = 0; i < hidden; i++)
            {
                double a = bIh[i] + bHh[i];
                for (int j = 0; j < x[t].Length; j++) a += wIh[i][j] * x[t][j];
                for (int j = 0; j < hidden; j++) a += wHh[i][j] * h[j];
                next[i] = Math.Tanh(a);
            }
            states[t] = next;
            h = next;
        }
        return states;
    }
}
