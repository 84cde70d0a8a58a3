public class Solution
{
    public int MinutesUntilMoldy(int[][] rack)
    {
        int rows = rack.Length, cols = rack[0].Length;
        var state = rack.Select(row => (int[])row.Clone()).ToArray();
        int fresh = 0;
        var frontier = new List<(int R, int C)>();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                if (state[r][c] == 1) fresh++;
                else if (state[r][c] == 2) frontier.Add((r, c));
            }
        }

        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        int minutes = 0;
        // Multi-source BFS: every moldy loaf starts in the first layer; each layer is one minute.
        while (frontier.Count > 0 && fresh > 0)
        {
            minutes++;
            var next = new List<(int R, int C)>();
            foreach (var (r, c) in frontier)
            {
                for (int d = 0; d < 4; d++)
                {
                    int nr = r + dr[d], nc = c + dc[d];
                    if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && state[nr][nc] == 1)
                    {
                        state[nr][nc] = 2;
                        fresh--;
                        next.Add((nr, nc));
                    }
                }
            }
            frontier = next;
        }
        return fresh == 0 ? minutes : -1;
    }
}
