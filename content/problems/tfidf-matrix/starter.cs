public class Solution
{
    public double[][] TfidfMatrix(string[] docs)
    {
        // Return the L2-normalised TF-IDF rows (smoothed idf), columns in sorted vocabulary order.
        throw new NotImplementedException();
    }
}
