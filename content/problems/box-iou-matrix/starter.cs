public class Solution
{
    public double[][] BoxIou(double[][] boxes1, double[][] boxes2)
    {
        // Return the N x M matrix of intersection-over-union values of boxes (x1, y1, x2, y2).
        throw new NotImplementedException();
    }
}
