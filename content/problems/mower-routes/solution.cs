public class Solution
{
    public int CountRoutes(int[][] field)
    {
        const int Mod = 1_000_000_007;
        var n = field[0].Length;
        var ways = new int[n]; // ways[c]: routes into (r, c) for the current row r
        ways[0] = 1;
        foreach (var row in field)
        {
            for (var c = 0; c < n; c++)
            {
                if (row[c] == 1)
                {
                    ways[c] = 0;
                }
                else if (c > 0)
                {
                    ways[c] = (ways[c] + ways[c - 1]) % Mod; // from the north plus from the west
                }
            }
        }

        return ways[n - 1];
    }
}
