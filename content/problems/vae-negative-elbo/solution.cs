public class Solution
{
    private static double Softplus(double v) => Math.Max(v, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(v)));

    public double[] VaeLoss(int[][] x, double[][] mu, double[][] logvar, double[][] eps, double[][] w, double[] c)
    {
        int latent = mu[0].Length;
        var result = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            var z = new double[latent];
            double kl = 0;
            for (int j = 0; j < latent; j++)
            {
                z[j] = mu[i][j] + Math.Exp(0.5 * logvar[i][j]) * eps[i][j];
                kl += 0.5 * (mu[i][j] * mu[i][j] + Math.Exp(logvar[i][j]) - 1.0 - logvar[i][j]);
            }
            double recon = 0;
            for (int p = 0; p < c.Length; p++)
            {
                double logit = c[p];
                for (int j = 0; j < latent; j++) logit += w[p][j] * z[j];
                recon += Softplus(logit) - x[i][p] * logit;
            }
            result[i] = recon + kl;
        }
        return result;
    }
}
