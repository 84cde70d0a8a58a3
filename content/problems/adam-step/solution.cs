public class Solution
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Eps = 1e-8;

    public double[][] AdamStep(double[] @params, double[] grads, double[] m, double[] v, int t, double lr)
    {
        var n = @params.Length;
        double[] newParams = new double[n], newM = new double[n], newV = new double[n];
        var correction1 = 1 - Math.Pow(Beta1, t);  // t is the step being taken (1 for the first)
        var correction2 = 1 - Math.Pow(Beta2, t);
        for (var i = 0; i < n; i++)
        {
            newM[i] = (Beta1 * m[i]) + ((1 - Beta1) * grads[i]);
            newV[i] = (Beta2 * v[i]) + ((1 - Beta2) * grads[i] * grads[i]);
            var mHat = newM[i] / correction1;
            var vHat = newV[i] / correction2;
            newParams[i] = @params[i] - (lr * mHat / (Math.Sqrt(vHat) + Eps));
        }

        return [newParams, newM, newV];
    }
}
