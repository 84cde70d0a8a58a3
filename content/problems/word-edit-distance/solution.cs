public class Solution
{
    public int WordEditDistance(string[] reference, string[] hypothesis)
    {
        int n = hypothesis.Length;
        var prev = new int[n + 1];
        var cur = new int[n + 1];
        for (int j = 0; j <= n; j++) prev[j] = j;
        for (int i = 1; i <= reference.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= n; j++)
            {
                int sub = prev[j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), sub);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[n];
    }
}
