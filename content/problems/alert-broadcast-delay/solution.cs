public class Solution
{
    public long BroadcastDelay(int n, int[][] links, int source)
    {
        var outLinks = new List<(int To, int Time)>[n];
        for (int i = 0; i < n; i++) outLinks[i] = new List<(int, int)>();
        foreach (var link in links) outLinks[link[0]].Add((link[1], link[2]));

        var dist = Enumerable.Repeat(long.MaxValue, n).ToArray();
        dist[source] = 0;
        var heap = new PriorityQueue<int, long>();
        heap.Enqueue(source, 0);
        while (heap.TryDequeue(out int u, out long d))
        {
            if (d > dist[u]) continue; // a stale entry: u was already settled with a shorter time
            foreach (var (v, t) in outLinks[u])
            {
                if (d + t < dist[v])
                {
                    dist[v] = d + t;
                    heap.Enqueue(v, dist[v]);
                }
            }
        }

        long last = dist.Max();
        return last == long.MaxValue ? -1 : last;
    }
}
