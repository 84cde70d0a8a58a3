public class Solution
{
    public double[] Posterior(double[] prior, double[][] likelihood, int[] observations)
    {
        // Return P(h | all observations) for every hypothesis h.
        throw new NotImplementedException();
    }
}
