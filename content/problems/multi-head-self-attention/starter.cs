public class Solution
{
    public double[][] MultiHeadAttention(double[][] x, double[][] wq, double[][] wk, double[][] wv, double[][] wo, int numHeads, bool causal)
    {
        // Return the n x d output of multi-head self-attention (heads = contiguous column blocks).
        throw new NotImplementedException();
    }
}
