public class Solution
{
    public double[] BoostingStep(double[] x, double[] y, double[] current, double learningRate)
    {
        // Return current + learning_rate * stump(x), the stump fitted to the residuals y - current by least squares.
        throw new NotImplementedException();
    }
}
