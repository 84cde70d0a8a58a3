public class Solution
{
    public int[] Nms(double[][] boxes, double[] scores, double iouThreshold)
    {
        // Return the indices of the kept boxes, highest score first (ties: smaller index first).
        throw new NotImplementedException();
    }
}
