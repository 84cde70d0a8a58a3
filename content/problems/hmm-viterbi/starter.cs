public class Solution
{
    public int[] Viterbi(double[] start, double[][] trans, double[][] emit, int[] obs)
    {
        // Return the most probable state sequence (log-space Viterbi, ties to the smallest state index).
        throw new NotImplementedException();
    }
}
