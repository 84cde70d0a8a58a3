public class Solution
{
    public double[] Softmax(double[] logits)
    {
        var max = logits.Max();
        var exps = logits.Select(z => Math.Exp(z - max)).ToArray();
        var sum = exps.Sum();
        return exps.Select(e => e / sum).ToArray();
    }
}
