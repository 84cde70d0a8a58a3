public class Solution
{
    public long BroadcastDelay(int n, int[][] links, int source)
    {
        // Return the time the last server receives the alert, or -1 if some server never does.
        throw new NotImplementedException();
    }
}
