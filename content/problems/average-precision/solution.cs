public class Solution
{
    public double AveragePrecision(int[] labels, double[] scores)
    {
        int n = scores.Length;
        var order = Enumerable.Range(0, n).ToArray();
        var keys = scores.Select(s => -s).ToArray();
        Array.Sort(keys, order);  // highest score first
        double positives = labels.Count(l => l == 1);
        long truePos = 0;
        double ap = 0, previousRecall = 0;
        for (var i = 0; i < n;)
        {
            // Flag the whole run of equal scores at once: one step of the curve.
            var j = i;
            while (j < n && scores[order[j]] == scores[order[i]])
            {
                truePos += labels[order[j]];
                j++;
            }

            double recall = truePos / positives;
            ap += (recall - previousRecall) * truePos / j;
            previousRecall = recall;
            i = j;
        }

        return ap;
    }
}
