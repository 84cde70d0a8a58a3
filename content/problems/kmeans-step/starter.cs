public class Solution
{
    public double[][] KmeansStep(double[][] points, double[][] centroids)
    {
        // Assign each point to its nearest centroid (ties: lowest index), then return the new centroids.
        throw new NotImplementedException();
    }
}
