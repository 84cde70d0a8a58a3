public class Solution
{
    public double[] TopKProbs(double[] logits, int k, double temperature)
    {
        // Return the temperature-scaled probabilities restricted to the top-k logits (ties at the k-th kept).
        throw new NotImplementedException();
    }
}
