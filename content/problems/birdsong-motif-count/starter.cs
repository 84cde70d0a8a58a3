public class Solution
{
    public int CountMotif(string song, string motif)
    {
        // Return the number of ways to pick motif from song as a subsequence, modulo 1_000_000_007.
        throw new NotImplementedException();
    }
}
