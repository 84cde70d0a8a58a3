public class Solution
{
    public double RocAuc(int[] labels, double[] scores)
    {
        // Return the probability that a random positive outscores a random negative (ties count 1/2).
        throw new NotImplementedException();
    }
}
