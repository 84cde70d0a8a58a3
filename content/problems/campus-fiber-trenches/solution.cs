public class Solution
{
    public long MinTrenchCost(int n, int[][] trenches)
    {
        // Kruskal: take trenches from cheapest to dearest, skipping any that closes a cycle.
        var parent = Enumerable.Range(0, n).ToArray();

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]]; // path halving
                x = parent[x];
            }
            return x;
        }

        long total = 0;
        int joined = 0;
        foreach (var t in trenches.OrderBy(t => t[2]))
        {
            if (joined == n - 1) break;
            int ra = Find(t[0]), rb = Find(t[1]);
            if (ra == rb) continue;
            parent[ra] = rb;
            total += t[2];
            joined++;
        }
        return joined == n - 1 ? total : -1;
    }
}
