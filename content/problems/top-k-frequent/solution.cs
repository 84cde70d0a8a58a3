public class Solution
{
    public int[] TopKFrequent(int[] plays, int k)
    {
        var counts = new Dictionary<int, int>();
        foreach (var song in plays)
        {
            counts[song] = counts.GetValueOrDefault(song) + 1;
        }

        return counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Take(k)
            .Select(pair => pair.Key)
            .ToArray();
    }
}
