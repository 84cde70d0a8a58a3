namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.bfs-dfs: BFS distances on a 4 x 4 grid from (0,0),
/// the shortest path to (3,3), and the wall groups found by iterative DFS.</summary>
public sealed class CodingBfsDfsExampleTests
{
    private const string Topic = "coding.bfs-dfs";
    private static readonly string[] Grid = ["...#", "##.#", "....", ".##."];
    private static readonly (int Dr, int Dc)[] Moves = [(1, 0), (-1, 0), (0, 1), (0, -1)];

    [Fact]
    public void ShortestPath_IsSix()
    {
        Assert.Equal(6, ShortestPath(Grid, (0, 0), (3, 3)));
        Assert.Equal(7, ShortestPath(Grid, (0, 0), (3, 0)));
        Notes.Mention(Topic, "The goal (3,3) is dequeued at distance **6**");
    }

    [Fact]
    public void DistanceTable_MatchesTheNotes()
    {
        var dist = new Dictionary<(int, int), int> { [(0, 0)] = 0 };
        var queue = new Queue<(int R, int C)>();
        queue.Enqueue((0, 0));
        while (queue.Count > 0)
        {
            var (r, c) = queue.Dequeue();
            foreach (var (dr, dc) in Moves)
            {
                int nr = r + dr, nc = c + dc;
                if (nr >= 0 && nr < 4 && nc >= 0 && nc < 4 && Grid[nr][nc] == '.' && dist.TryAdd((nr, nc), dist[(r, c)] + 1))
                {
                    queue.Enqueue((nr, nc));
                }
            }
        }

        for (int r = 0; r < 4; r++)
        {
            var cells = Enumerable.Range(0, 4).Select(c => dist.TryGetValue((r, c), out int d) ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "#");
            Notes.Mention(Topic, $"| r{r} | {string.Join(" | ", cells)} |");
        }

        Notes.Shows(Topic, "10", dist.Count, 0);
        Notes.Mention(Topic, "All 10 open cells are reachable.");
        Assert.Equal(2, dist.Values.Count(d => d == 5));
        Assert.Equal(2, dist.Values.Count(d => d == 6));
    }

    [Fact]
    public void CountGroups_FindsThreeWallGroups()
    {
        Assert.Equal(3, CountGroups(Grid));
        Assert.Equal(1, CountGroups(Grid, '.'));
        Notes.Mention(Topic, "`count_groups` on the same grid finds **3** wall groups");
    }

    [Fact]
    public void GridSizes_MatchTheNotes()
    {
        Notes.Mention(Topic, "A 1000 × 1000 grid is 10^6 cells and at most 4 × 10^6 checks.");
        Assert.Equal(1_000_000, 1000 * 1000);
    }

    private static int ShortestPath(string[] grid, (int R, int C) start, (int R, int C) goal)
    {
        int rows = grid.Length, cols = grid[0].Length;
        var dist = new Dictionary<(int, int), int> { [start] = 0 };
        var queue = new Queue<(int R, int C)>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var (r, c) = queue.Dequeue();
            if ((r, c) == goal)
            {
                return dist[(r, c)];
            }

            foreach (var (dr, dc) in Moves)
            {
                int nr = r + dr, nc = c + dc;
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == '.' && dist.TryAdd((nr, nc), dist[(r, c)] + 1))
                {
                    queue.Enqueue((nr, nc));
                }
            }
        }

        return -1;
    }

    private static int CountGroups(string[] grid, char cell = '#')
    {
        int rows = grid.Length, cols = grid[0].Length, groups = 0;
        var seen = new bool[rows, cols];
        var stack = new Stack<(int R, int C)>();
        for (int sr = 0; sr < rows; sr++)
        {
            for (int sc = 0; sc < cols; sc++)
            {
                if (grid[sr][sc] != cell || seen[sr, sc])
                {
                    continue;
                }

                groups++;
                seen[sr, sc] = true;
                stack.Push((sr, sc));
                while (stack.Count > 0)
                {
                    var (r, c) = stack.Pop();
                    foreach (var (dr, dc) in Moves)
                    {
                        int nr = r + dr, nc = c + dc;
                        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != cell || seen[nr, nc])
                        {
                            continue;
                        }

                        seen[nr, nc] = true;
                        stack.Push((nr, nc));
                    }
                }
            }
        }

        return groups;
    }
}
