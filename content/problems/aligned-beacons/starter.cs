public class Solution
{
    public int MaxAligned(int[][] beacons)
    {
        // Return the largest number of beacons (duplicates count separately) on one straight line.
        throw new NotImplementedException();
    }
}
