public class Solution
{
    public double[] WelchT(double[] a, double[] b)
    {
        // Return [t, degrees_of_freedom] of Welch's two-sample t-test for mean(a) - mean(b).
        throw new NotImplementedException();
    }
}
