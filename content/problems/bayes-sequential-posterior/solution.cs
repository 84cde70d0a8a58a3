public class Solution
{
    public double[] Posterior(double[] prior, double[][] likelihood, int[] observations)
    {
        double total = prior.Sum();
        var belief = prior.Select(p => p / total).ToArray();
        foreach (var e in observations)
        {
            double evidence = 0;
            for (int h = 0; h < belief.Length; h++)
            {
                belief[h] *= likelihood[h][e];
                evidence += belief[h];
            }
            for (int h = 0; h < belief.Length; h++) belief[h] /= evidence;
        }
        return belief;
    }
}
