public class Solution
{
    public int[] CutoffScores(int k, int[] initial, int[] arrivals)
    {
        // After each arrival, return the k-th largest score recorded so far.
        throw new NotImplementedException();
    }
}
