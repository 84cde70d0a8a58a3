public class Solution
{
    public int CountRelayGroups(int n, int[][] links)
    {
        // Return the number of connected groups of stations.
        throw new NotImplementedException();
    }
}
