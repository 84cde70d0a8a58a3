public class Solution
{
    public int[] WindowPeaks(int[] readings, int k)
    {
        // Return the maximum of every block of k consecutive readings, in order.
        throw new NotImplementedException();
    }
}
