public class Solution
{
    public double[][] SmoteSamples(double[][] minority, int k, int[] bases, int[] neighbours, double[] gaps)
    {
        // Return x_base + gap * (x_nb - x_base) for each request, nb = neighbours[t]-th of base's k nearest others.
        throw new NotImplementedException();
    }
}
