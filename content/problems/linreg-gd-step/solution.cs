public class Solution
{
    public double[] GdStep(double[][] features, double[] targets, double[] weights, double bias, double learningRate)
    {
        int n = features.Length, d = weights.Length;
        double gradB = 0;
        var gradW = new double[d];
        for (var i = 0; i < n; i++)
        {
            double error = bias - targets[i];
            for (var j = 0; j < d; j++) error += weights[j] * features[i][j];
            gradB += error;
            for (var j = 0; j < d; j++) gradW[j] += error * features[i][j];
        }

        // Both gradients were taken at the current parameters; now update them together.
        var result = new double[d + 1];
        result[0] = bias - learningRate * gradB / n;
        for (var j = 0; j < d; j++) result[j + 1] = weights[j] - learningRate * gradW[j] / n;
        return result;
    }
}
