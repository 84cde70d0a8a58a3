public class Solution
{
    public int[][] AddWindow(int[][] windows, int[] extra)
    {
        int a = extra[0], b = extra[1];
        var result = new List<int[]>();
        var i = 0;
        while (i < windows.Length && windows[i][1] < a) // ends before extra starts: untouched
        {
            result.Add([windows[i][0], windows[i][1]]);
            i++;
        }

        while (i < windows.Length && windows[i][0] <= b) // shares a minute with [a, b]
        {
            a = Math.Min(a, windows[i][0]);
            b = Math.Max(b, windows[i][1]);
            i++;
        }

        result.Add([a, b]);
        for (; i < windows.Length; i++) // starts after extra ends: untouched
        {
            result.Add([windows[i][0], windows[i][1]]);
        }

        return result.ToArray();
    }
}
