public class Solution
{
    public double[][] DdpmNoise(double[][] x0, double[][] eps, int[] ts, int numSteps, double betaStart, double betaEnd)
    {
        // Return sqrt(alpha_bar_t) * x0 + sqrt(1 - alpha_bar_t) * eps for each row (linear beta schedule, t 1-based).
        throw new NotImplementedException();
    }
}
