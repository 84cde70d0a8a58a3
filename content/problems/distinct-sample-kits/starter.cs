public class Solution
{
    public int[][] SampleKits(int[] vials)
    {
        // Return every distinct multiset of vial codes (including the empty one) exactly once.
        throw new NotImplementedException();
    }
}
