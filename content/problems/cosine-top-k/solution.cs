public class Solution
{
    public int[] CosineTopK(double[] query, double[][] docs, int k)
    {
        double qNorm = Math.Sqrt(query.Sum(x => x * x));
        var cos = new double[docs.Length];
        for (int i = 0; i < docs.Length; i++)
        {
            double dot = 0, dNorm = 0;
            for (int j = 0; j < query.Length; j++)
            {
                dot += query[j] * docs[i][j];
                dNorm += docs[i][j] * docs[i][j];
            }
            double denom = qNorm * Math.Sqrt(dNorm);
            cos[i] = denom > 0 ? dot / denom : 0.0;
        }
        return Enumerable.Range(0, docs.Length).OrderByDescending(i => cos[i]).ThenBy(i => i).Take(k).ToArray();
    }
}
