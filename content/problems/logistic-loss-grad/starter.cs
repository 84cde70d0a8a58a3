public class Solution
{
    public double[] LogisticLossGrad(double[][] features, int[] labels, double[] weights, double bias)
    {
        // Return [mean log loss, dL/db, dL/dw_1, ..., dL/dw_d], finite even for huge |w.x + b|.
        throw new NotImplementedException();
    }
}
