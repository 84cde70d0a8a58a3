public class Solution
{
    public double[] FitLinear(double[][] features, double[] targets)
    {
        int n = features.Length, p = features[0].Length + 1;
        // Augmented system [A^T A | A^T y], where row i of A is (1, x_i).
        var m = new double[p][];
        for (var r = 0; r < p; r++) m[r] = new double[p + 1];
        var row = new double[p];
        for (var i = 0; i < n; i++)
        {
            row[0] = 1;
            Array.Copy(features[i], 0, row, 1, p - 1);
            for (var r = 0; r < p; r++)
            {
                for (var c = 0; c < p; c++) m[r][c] += row[r] * row[c];
                m[r][p] += row[r] * targets[i];
            }
        }

        // Gaussian elimination with partial pivoting.
        for (var col = 0; col < p; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < p; r++)
                if (Math.Abs(m[r][col]) > Math.Abs(m[pivot][col])) pivot = r;
            (m[col], m[pivot]) = (m[pivot], m[col]);
            for (var r = col + 1; r < p; r++)
            {
                double f = m[r][col] / m[col][col];
                for (var c = col; c <= p; c++) m[r][c] -= f * m[col][c];
            }
        }

        var theta = new double[p];
        for (var r = p - 1; r >= 0; r--)
        {
            double s = m[r][p];
            for (var c = r + 1; c < p; c++) s -= m[r][c] * theta[c];
            theta[r] = s / m[r][r];
        }

        return theta;
    }
}
