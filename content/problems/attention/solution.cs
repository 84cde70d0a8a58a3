public class Solution
{
    public double[][] ScaledDotProductAttention(double[][] q, double[][] k, double[][] v)
    {
        int dk = q[0].Length, dv = v[0].Length;
        var scale = Math.Sqrt(dk);
        var result = new double[q.Length][];
        var scores = new double[k.Length];
        for (var i = 0; i < q.Length; i++)
        {
            for (var j = 0; j < k.Length; j++)
            {
                double dot = 0;
                for (var t = 0; t < dk; t++) dot += q[i][t] * k[j][t];
                scores[j] = dot / scale;
            }

            // Stable softmax: shift by the row's maximum so the largest exponent is e^0 = 1.
            var max = scores.Max();
            double total = 0;
            for (var j = 0; j < k.Length; j++)
            {
                scores[j] = Math.Exp(scores[j] - max);
                total += scores[j];
            }

            result[i] = new double[dv];
            for (var j = 0; j < k.Length; j++)
            {
                var weight = scores[j] / total;
                for (var t = 0; t < dv; t++) result[i][t] += weight * v[j][t];
            }
        }

        return result;
    }
}
