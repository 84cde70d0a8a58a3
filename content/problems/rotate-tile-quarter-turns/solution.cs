public class Solution
{
    public int[][] RotateSprite(int[][] pixels, int turns)
    {
        var k = ((turns % 4) + 4) % 4; // C#'s % keeps the sign, so shift into 0..3
        var grid = pixels;
        for (var t = 0; t < k; t++)
        {
            grid = RotateClockwise(grid);
        }

        return k == 0 ? pixels.Select(row => (int[])row.Clone()).ToArray() : grid;
    }

    private static int[][] RotateClockwise(int[][] a)
    {
        int m = a.Length, n = a[0].Length;
        var b = new int[n][];
        for (var i = 0; i < n; i++)
        {
            b[i] = new int[m];
            for (var j = 0; j < m; j++)
            {
                b[i][j] = a[m - 1 - j][i];
            }
        }

        return b;
    }
}
