public class Solution
{
    public int[][] PostageCombinations(int[] stamps, int postage)
    {
        // Return every multiset of stamp values (unlimited supply) that sums exactly to postage.
        throw new NotImplementedException();
    }
}
