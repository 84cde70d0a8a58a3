public class Solution
{
    public double[] Softmax(double[] logits)
    {
        // Return the softmax probabilities of logits, without overflowing.
        throw new NotImplementedException();
    }
}
