public class Solution
{
    public int[] CosineTopK(double[] query, double[][] docs, int k)
    {
        // Return the indices of the k most cosine-similar documents (ties by smaller index).
        throw new NotImplementedException();
    }
}
