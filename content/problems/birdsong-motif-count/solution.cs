public class Solution
{
    public int CountMotif(string song, string motif)
    {
        const int Mod = 1_000_000_007;
        var k = motif.Length;
        // ways[j]: picks of motif[..j] among the notes read so far; ways[0] = 1 (the empty pick).
        var ways = new int[k + 1];
        ways[0] = 1;
        foreach (var note in song)
        {
            // Right to left, so ways[j] is still the count before this note when ways[j + 1] reads it.
            for (var j = k - 1; j >= 0; j--)
            {
                if (motif[j] == note)
                {
                    ways[j + 1] = (ways[j + 1] + ways[j]) % Mod;
                }
            }
        }

        return ways[k];
    }
}
