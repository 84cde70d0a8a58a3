public class Solution
{
    public int[] KnnClassify(double[][] train, int[] labels, double[][] queries, int k)
    {
        int m = train.Length;
        var result = new int[queries.Length];
        var d2 = new double[m];
        for (var qi = 0; qi < queries.Length; qi++)
        {
            var q = queries[qi];
            for (var i = 0; i < m; i++)
            {
                double s = 0;
                for (var t = 0; t < q.Length; t++)
                {
                    double diff = train[i][t] - q[t];
                    s += diff * diff;
                }

                d2[i] = s;
            }

            // OrderBy is stable: equal distances keep the lower index first.
            var votes = new Dictionary<int, int>();
            foreach (var i in Enumerable.Range(0, m).OrderBy(i => d2[i]).Take(k))
                votes[labels[i]] = votes.GetValueOrDefault(labels[i]) + 1;
            result[qi] = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key;
        }

        return result;
    }
}
