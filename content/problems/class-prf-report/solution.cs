public class Solution
{
    public double[][] ClassPrfReport(int[] yTrue, int[] yPred, int k)
    {
        var tp = new int[k];
        var predicted = new int[k];  // TP + FP per class
        var actual = new int[k];     // TP + FN per class
        for (var i = 0; i < yTrue.Length; i++)
        {
            actual[yTrue[i]]++;
            predicted[yPred[i]]++;
            if (yTrue[i] == yPred[i]) tp[yTrue[i]]++;
        }

        var rows = new double[k + 1][];
        var macro = new double[3];
        for (var c = 0; c < k; c++)
        {
            double p = predicted[c] > 0 ? (double)tp[c] / predicted[c] : 0;
            double r = actual[c] > 0 ? (double)tp[c] / actual[c] : 0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
            rows[c] = [p, r, f];
            macro[0] += p;
            macro[1] += r;
            macro[2] += f;
        }

        rows[k] = macro.Select(m => m / k).ToArray();
        return rows;
    }
}
