public class Solution
{
    public double[][] MinmaxScale(double[][] data, double low, double high)
    {
        // Return each column mapped linearly from [min, max] onto [low, high]; constant columns become low.
        throw new NotImplementedException();
    }
}
