public class Solution
{
    public int CountIslands(int[][] grid)
    {
        var rows = grid.Length;
        var cols = rows == 0 ? 0 : grid[0].Length;
        var seen = new bool[rows, cols];
        var queue = new Queue<(int Row, int Col)>();
        int[] dy = [-1, 1, 0, 0];
        int[] dx = [0, 0, -1, 1];
        var islands = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (grid[r][c] != 1 || seen[r, c])
                {
                    continue;
                }

                // Breadth-first search over the new island; no recursion, so long islands are fine.
                islands++;
                seen[r, c] = true;
                queue.Enqueue((r, c));
                while (queue.Count > 0)
                {
                    var (y, x) = queue.Dequeue();
                    for (var k = 0; k < 4; k++)
                    {
                        int ny = y + dy[k], nx = x + dx[k];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] == 1 && !seen[ny, nx])
                        {
                            seen[ny, nx] = true;
                            queue.Enqueue((ny, nx));
                        }
                    }
                }
            }
        }

        return islands;
    }
}
