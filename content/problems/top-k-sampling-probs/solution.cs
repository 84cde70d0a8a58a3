public class Solution
{
    public double[] TopKProbs(double[] logits, int k, double temperature)
    {
        var sorted = (double[])logits.Clone();
        Array.Sort(sorted);
        double threshold = sorted[sorted.Length - k];
        double max = sorted[sorted.Length - 1];
        var w = logits.Select(z => z >= threshold ? Math.Exp((z - max) / temperature) : 0.0).ToArray();
        double sum = w.Sum();
        return w.Select(x => x / sum).ToArray();
    }
}
