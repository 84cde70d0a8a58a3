public class Solution
{
    public int[][] ZeroSumTriplets(int[] charges)
    {
        // Return every distinct triplet of values (from different vials) that sums to zero.
        throw new NotImplementedException();
    }
}
