public class Solution
{
    public double[] GdStep(double[][] features, double[] targets, double[] weights, double bias, double learningRate)
    {
        // Return [new_bias, new_w_1, ..., new_w_d] after one step on J = (1/2n) * sum((w.x + b - y)^2).
        throw new NotImplementedException();
    }
}
