public class Solution
{
    public double[][] MinmaxScale(double[][] data, double low, double high)
    {
        int n = data.Length, d = data[0].Length;
        var result = new double[n][];
        for (var i = 0; i < n; i++) result[i] = new double[d];
        for (var j = 0; j < d; j++)
        {
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (var row in data)
            {
                min = Math.Min(min, row[j]);
                max = Math.Max(max, row[j]);
            }

            double span = max - min;
            for (var i = 0; i < n; i++)
                result[i][j] = span == 0 ? low : low + (data[i][j] - min) * (high - low) / span;
        }

        return result;
    }
}
