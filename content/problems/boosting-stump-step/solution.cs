public class Solution
{
    public double[] BoostingStep(double[] x, double[] y, double[] current, double learningRate)
    {
        int n = x.Length;
        var r = new double[n];
        for (var i = 0; i < n; i++) r[i] = y[i] - current[i];  // negative gradient of squared loss
        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray();
        double total = r.Sum(), totalSq = r.Sum(v => v * v);
        double tolerance = 1e-9 * (1 + totalSq);

        double bestSse = double.PositiveInfinity, threshold = 0, leftValue = total / n, rightValue = total / n;
        double prefix = 0;
        for (var p = 0; p < n - 1; p++)
        {
            prefix += r[order[p]];
            if (x[order[p]] == x[order[p + 1]]) continue;  // cut only between distinct values
            double nl = p + 1, nr = n - nl, suffix = total - prefix;
            double sse = totalSq - (prefix * prefix / nl + suffix * suffix / nr);
            if (sse < bestSse - tolerance)  // strictly better; ties keep the smaller threshold
            {
                bestSse = sse;
                threshold = (x[order[p]] + x[order[p + 1]]) / 2;
                leftValue = prefix / nl;
                rightValue = suffix / nr;
            }
        }

        // With no split, both leaves hold the mean residual, so the threshold does not matter.
        var result = new double[n];
        for (var i = 0; i < n; i++) result[i] = current[i] + learningRate * (x[i] <= threshold ? leftValue : rightValue);
        return result;
    }
}
