public class Solution
{
    public int WordEditDistance(string[] reference, string[] hypothesis)
    {
        // Return the minimum number of word substitutions, deletions and insertions.
        throw new NotImplementedException();
    }
}
