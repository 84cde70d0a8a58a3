public class Solution
{
    public int[] SpiralReadout(int[][] grid)
    {
        int top = 0, bottom = grid.Length - 1, left = 0, right = grid[0].Length - 1;
        var output = new List<int>(grid.Length * grid[0].Length);
        while (top <= bottom && left <= right)
        {
            for (var c = left; c <= right; c++) output.Add(grid[top][c]);         // right along the top
            for (var r = top + 1; r <= bottom; r++) output.Add(grid[r][right]);   // down the right side
            if (top < bottom && left < right) // a ring with a distinct bottom row and left column
            {
                for (var c = right - 1; c >= left; c--) output.Add(grid[bottom][c]); // left along the bottom
                for (var r = bottom - 1; r > top; r--) output.Add(grid[r][left]);    // up the left side
            }

            top++;
            bottom--;
            left++;
            right--;
        }

        return output.ToArray();
    }
}
