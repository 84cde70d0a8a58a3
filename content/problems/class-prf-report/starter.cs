public class Solution
{
    public double[][] ClassPrfReport(int[] yTrue, int[] yPred, int k)
    {
        // Return k rows [precision, recall, f1] (one per class) and a last row of macro averages.
        throw new NotImplementedException();
    }
}
