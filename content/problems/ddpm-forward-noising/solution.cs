public class Solution
{
    public double[][] DdpmNoise(double[][] x0, double[][] eps, int[] ts, int numSteps, double betaStart, double betaEnd)
    {
        var alphaBar = new double[numSteps + 1];   // alphaBar[t] for t = 1..T
        alphaBar[0] = 1.0;
        for (int s = 1; s <= numSteps; s++)
        {
            double beta = numSteps == 1 ? betaStart : betaStart + (betaEnd - betaStart) * (s - 1) / (numSteps - 1);
            alphaBar[s] = alphaBar[s - 1] * (1.0 - beta);
        }
        var result = new double[x0.Length][];
        for (int i = 0; i < x0.Length; i++)
        {
            double signal = Math.Sqrt(alphaBar[ts[i]]), noise = Math.Sqrt(1.0 - alphaBar[ts[i]]);
            result[i] = x0[i].Select((v, j) => signal * v + noise * eps[i][j]).ToArray();
        }
        return result;
    }
}
