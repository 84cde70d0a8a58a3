public class Solution
{
    public int[] NearestDrones(int[][] points, int k)
    {
        // Return the indices of the k drones closest to (0, 0), closest first, ties by smaller index.
        throw new NotImplementedException();
    }
}
