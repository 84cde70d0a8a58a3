public class Solution
{
    public int CheapestRoute(int n, int[][] flights, int origin, int destination, int maxLayovers)
    {
        // Return the cheapest price from origin to destination using at most maxLayovers + 1 flights, or -1.
        throw new NotImplementedException();
    }
}
