public class Solution
{
    public double[][] Standardize(double[][] train, double[][] test)
    {
        // Return test standardised with the training mean and population std (a zero std counts as 1).
        throw new NotImplementedException();
    }
}
