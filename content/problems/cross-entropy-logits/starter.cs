public class Solution
{
    public double CrossEntropyLoss(double[][] logits, int[] targets, double labelSmoothing)
    {
        // Return the mean (label-smoothed) cross-entropy over the batch, computed stably from logits.
        throw new NotImplementedException();
    }
}
