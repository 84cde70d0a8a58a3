public class Solution
{
    public double[][] Standardize(double[][] train, double[][] test)
    {
        int m = train.Length, d = train[0].Length;
        var mean = new double[d];
        var std = new double[d];
        for (var j = 0; j < d; j++)
        {
            for (var i = 0; i < m; i++) mean[j] += train[i][j];
            mean[j] /= m;
            double ss = 0;
            for (var i = 0; i < m; i++) ss += (train[i][j] - mean[j]) * (train[i][j] - mean[j]);
            std[j] = Math.Sqrt(ss / m);  // population standard deviation
            var first = train[0][j];
            if (train.All(row => row[j] == first))
            {
                mean[j] = first;  // constant column: centre exactly, do not scale
                std[j] = 1;
            }
        }

        return test.Select(row => row.Select((v, j) => (v - mean[j]) / std[j]).ToArray()).ToArray();
    }
}
