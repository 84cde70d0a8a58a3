public class Solution
{
    public int CheapestRoute(int n, int[][] flights, int origin, int destination, int maxLayovers)
    {
        const int Inf = int.MaxValue;
        var best = Enumerable.Repeat(Inf, n).ToArray(); // cheapest price using at most r flights
        best[origin] = 0;
        for (int round = 0; round <= maxLayovers; round++)
        {
            var previous = (int[])best.Clone(); // relax only from last round's prices
            foreach (var f in flights)
            {
                int u = f[0], v = f[1], price = f[2];
                if (previous[u] != Inf && previous[u] + price < best[v])
                {
                    best[v] = previous[u] + price;
                }
            }
        }
        return best[destination] == Inf ? -1 : best[destination];
    }
}
