public class Solution
{
    public int[] OobVote(int[][] draws, int[][] predictions)
    {
        int n = predictions[0].Length;
        var votes = new Dictionary<int, int>[n];
        for (var i = 0; i < n; i++) votes[i] = new Dictionary<int, int>();
        var inBag = new bool[n];
        for (var b = 0; b < draws.Length; b++)
        {
            Array.Clear(inBag);
            foreach (var i in draws[b]) inBag[i] = true;
            for (var i = 0; i < n; i++)
                if (!inBag[i]) votes[i][predictions[b][i]] = votes[i].GetValueOrDefault(predictions[b][i]) + 1;
        }

        // Most votes first, then the smallest label; -1 when no tree left the point out.
        return votes.Select(v => v.Count == 0 ? -1 : v.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key).ToArray();
    }
}
