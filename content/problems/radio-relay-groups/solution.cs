public class Solution
{
    public int CountRelayGroups(int n, int[][] links)
    {
        // Union-find with path halving and union by size.
        var parent = Enumerable.Range(0, n).ToArray();
        var size = Enumerable.Repeat(1, n).ToArray();
        int groups = n;

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        foreach (var link in links)
        {
            int a = Find(link[0]), b = Find(link[1]);
            if (a == b) continue; // already in the same group (also covers self-links)
            if (size[a] < size[b]) (a, b) = (b, a);
            parent[b] = a;
            size[a] += size[b];
            groups--;
        }
        return groups;
    }
}
