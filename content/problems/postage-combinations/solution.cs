public class Solution
{
    public int[][] PostageCombinations(int[] stamps, int postage)
    {
        var values = stamps.OrderBy(v => v).ToArray();
        var ways = new List<int[]>();
        var current = new List<int>();

        void Fill(int start, int remaining)
        {
            if (remaining == 0)
            {
                ways.Add(current.ToArray());
                return;
            }
            for (int i = start; i < values.Length && values[i] <= remaining; i++)
            {
                current.Add(values[i]);
                Fill(i, remaining - values[i]); // i, not i + 1: a value may be reused
                current.RemoveAt(current.Count - 1);
            }
        }

        Fill(0, postage);
        return ways.ToArray();
    }
}
