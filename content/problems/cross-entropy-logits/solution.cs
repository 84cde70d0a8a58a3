public class Solution
{
    public double CrossEntropyLoss(double[][] logits, int[] targets, double labelSmoothing)
    {
        double total = 0.0;
        for (int n = 0; n < logits.Length; n++)
        {
            double[] z = logits[n];
            double max = z.Max();
            double sumExp = 0.0;
            foreach (double v in z) sumExp += Math.Exp(v - max);
            double logSumExp = max + Math.Log(sumExp);
            double nll = logSumExp - z[targets[n]];
            double uniform = logSumExp - z.Average();   // mean over classes of -log p_k
            total += (1.0 - labelSmoothing) * nll + labelSmoothing * uniform;
        }
        return total / logits.Length;
    }
}
