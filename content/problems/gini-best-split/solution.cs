public class Solution
{
    public double[] BestGiniSplit(double[] values, int[] labels)
    {
        int n = values.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        int classes = labels.Max() + 1;
        var total = new double[classes];
        foreach (var l in labels) total[l]++;
        var left = new double[classes];
        double bestScore = double.PositiveInfinity, bestThreshold = 0;
        var found = false;
        for (var p = 0; p < n - 1; p++)
        {
            left[labels[order[p]]]++;
            double a = values[order[p]], b = values[order[p + 1]];
            if (a == b) continue;  // only cut between distinct values
            double nl = p + 1, nr = n - nl, sumL = 0, sumR = 0;
            for (var c = 0; c < classes; c++)
            {
                sumL += left[c] * left[c];
                sumR += (total[c] - left[c]) * (total[c] - left[c]);
            }

            // |S| * G(S) = |S| - sum_c count_c^2 / |S|
            double score = (nl - sumL / nl + nr - sumR / nr) / n;
            if (score < bestScore - 1e-12)  // strictly better; ties keep the smaller threshold
            {
                bestScore = score;
                bestThreshold = (a + b) / 2;
                found = true;
            }
        }

        return found ? new[] { bestThreshold, bestScore } : Array.Empty<double>();
    }
}
