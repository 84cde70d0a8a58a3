public class Solution
{
    private static double Softplus(double u) => Math.Max(u, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(u)));

    public double[] GanLosses(double[] realLogits, double[] fakeLogits)
    {
        double dLoss = realLogits.Average(l => Softplus(-l)) + fakeLogits.Average(l => Softplus(l));
        double gLoss = fakeLogits.Average(l => Softplus(-l));
        return new[] { dLoss, gLoss };
    }
}
