public class Solution
{
    public double[] LogProbs(string[] kinds, double[][] @params, double[] xs)
    {
        // Return the natural-log pmf (binomial, poisson) or pdf (normal) of each query.
        throw new NotImplementedException();
    }
}
