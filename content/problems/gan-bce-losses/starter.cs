public class Solution
{
    public double[] GanLosses(double[] realLogits, double[] fakeLogits)
    {
        // Return [discriminator BCE loss, non-saturating generator loss], computed stably from logits.
        throw new NotImplementedException();
    }
}
