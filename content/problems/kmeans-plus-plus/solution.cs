public class Solution
{
    public int[] KmeansPlusPlus(double[][] points, int k, double[] uniforms)
    {
        int n = points.Length;
        var chosen = new int[k];
        chosen[0] = (int)(uniforms[0] * n);
        var nearest = new double[n];  // D_i: squared distance to the closest chosen centre
        Array.Fill(nearest, double.PositiveInfinity);
        for (var t = 0; t < k; t++)
        {
            if (t > 0)
            {
                double threshold = uniforms[t] * nearest.Sum(), running = 0;
                var pick = n - 1;
                for (var i = 0; i < n; i++)
                {
                    running += nearest[i];
                    if (running > threshold)
                    {
                        pick = i;
                        break;
                    }
                }

                chosen[t] = pick;
            }

            var c = points[chosen[t]];
            for (var i = 0; i < n; i++)
            {
                double d2 = 0;
                for (var j = 0; j < c.Length; j++) d2 += (points[i][j] - c[j]) * (points[i][j] - c[j]);
                nearest[i] = Math.Min(nearest[i], d2);
            }
        }

        return chosen;
    }
}
