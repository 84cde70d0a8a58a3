public class Solution
{
    public int CountSentryLayouts(string[] plaza)
    {
        int n = plaza.Length;
        var colsUsed = new bool[n];
        var diagUsed = new bool[2 * n - 1]; // indexed by r - c + n - 1
        var antiUsed = new bool[2 * n - 1]; // indexed by r + c

        int Place(int r)
        {
            if (r == n) return 1;
            int total = 0;
            for (int c = 0; c < n; c++)
            {
                int d = r - c + n - 1, a = r + c;
                if (plaza[r][c] == '#' || colsUsed[c] || diagUsed[d] || antiUsed[a]) continue;
                colsUsed[c] = diagUsed[d] = antiUsed[a] = true;
                total += Place(r + 1);
                colsUsed[c] = diagUsed[d] = antiUsed[a] = false;
            }
            return total;
        }

        return Place(0);
    }
}
