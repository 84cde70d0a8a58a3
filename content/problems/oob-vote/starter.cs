public class Solution
{
    public int[] OobVote(int[][] draws, int[][] predictions)
    {
        // Return each point's majority vote over the trees it is out of bag for (ties: smallest label; none: -1).
        throw new NotImplementedException();
    }
}
