public class Solution
{
    public double[][] BatchNormTrain(double[][] x, double[] gamma, double[] beta, double[] runningMean,
                                     double[] runningVar, double momentum, double eps)
    {
        // Return the N normalised rows, then the updated running mean, then the updated running variance.
        throw new NotImplementedException();
    }
}
