public class Solution
{
    public long RepairCost(string scanned, string reference, int insertCost, int deleteCost, int replaceCost)
    {
        var m = reference.Length;
        // prev[j]: cheapest repair of the scanned prefix so far into reference[..j].
        var prev = new long[m + 1];
        var cur = new long[m + 1];
        for (var j = 0; j <= m; j++)
        {
            prev[j] = (long)j * insertCost;
        }

        for (var i = 1; i <= scanned.Length; i++)
        {
            cur[0] = (long)i * deleteCost;
            for (var j = 1; j <= m; j++)
            {
                var keep = prev[j - 1] + (scanned[i - 1] == reference[j - 1] ? 0 : replaceCost);
                cur[j] = Math.Min(keep, Math.Min(prev[j] + deleteCost, cur[j - 1] + insertCost));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[m];
    }
}
