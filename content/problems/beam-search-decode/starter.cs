public class Solution
{
    public int[][] BeamSearch(double[] start, double[][] trans, int beamWidth, int length)
    {
        // Return the final beam (best first; equal scores by lexicographically smaller sequence).
        throw new NotImplementedException();
    }
}
