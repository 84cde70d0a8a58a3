public class Solution
{
    public double EntropyBits(long[] counts)
    {
        // Return the entropy, in bits, of the distribution with probabilities proportional to counts (0 log 0 = 0).
        throw new NotImplementedException();
    }
}
