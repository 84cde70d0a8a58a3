public class Solution
{
    public double[][] KmeansStep(double[][] points, double[][] centroids)
    {
        int k = centroids.Length, d = centroids[0].Length;
        var sums = new double[k][];
        for (var j = 0; j < k; j++) sums[j] = new double[d];
        var counts = new int[k];
        foreach (var p in points)
        {
            var best = 0;
            var bestDistance = double.PositiveInfinity;
            for (var j = 0; j < k; j++)
            {
                double distance = 0;
                for (var t = 0; t < d; t++)
                {
                    var diff = p[t] - centroids[j][t];
                    distance += diff * diff;
                }

                if (distance < bestDistance)  // strict: an equal distance keeps the lower index
                {
                    bestDistance = distance;
                    best = j;
                }
            }

            counts[best]++;
            for (var t = 0; t < d; t++) sums[best][t] += p[t];
        }

        var result = new double[k][];
        for (var j = 0; j < k; j++)
        {
            result[j] = counts[j] == 0 ? (double[])centroids[j].Clone() : sums[j].Select(s => s / counts[j]).ToArray();
        }

        return result;
    }
}
