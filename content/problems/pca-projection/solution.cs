public class Solution
{
    public double[][] PcaProject(double[][] data, int k)
    {
        int n = data.Length, d = data[0].Length;
        var mean = new double[d];
        foreach (var row in data)
            for (var j = 0; j < d; j++) mean[j] += row[j] / n;
        var centred = data.Select(row => row.Select((v, j) => v - mean[j]).ToArray()).ToArray();

        var cov = new double[d][];
        for (var a = 0; a < d; a++)
        {
            cov[a] = new double[d];
            for (var b = 0; b < d; b++)
            {
                double s = 0;
                foreach (var row in centred) s += row[a] * row[b];
                cov[a][b] = s / (n - 1);
            }
        }

        var (values, vectors) = Jacobi(cov);
        var order = Enumerable.Range(0, d).OrderByDescending(j => values[j]).Take(k).ToArray();
        var components = new double[k][];
        for (var c = 0; c < k; c++)
        {
            var v = Enumerable.Range(0, d).Select(r => vectors[r][order[c]]).ToArray();
            var lead = 0;
            for (var r = 1; r < d; r++)
                if (Math.Abs(v[r]) > Math.Abs(v[lead])) lead = r;
            if (v[lead] < 0) v = v.Select(x => -x).ToArray();  // largest coordinate positive
            components[c] = v;
        }

        return centred.Select(row => components.Select(v => row.Zip(v, (a, b) => a * b).Sum()).ToArray()).ToArray();
    }

    // Cyclic Jacobi: rotate away off-diagonal entries; returns eigenvalues and eigenvectors (as columns).
    private static (double[] Values, double[][] Vectors) Jacobi(double[][] source)
    {
        int d = source.Length;
        var a = source.Select(r => (double[])r.Clone()).ToArray();
        var v = new double[d][];
        for (var i = 0; i < d; i++)
        {
            v[i] = new double[d];
            v[i][i] = 1;
        }

        double total = a.Sum(r => r.Sum(x => x * x));
        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (var p = 0; p < d; p++)
                for (var q = p + 1; q < d; q++) off += a[p][q] * a[p][q];
            if (off <= 1e-30 * total) break;
            for (var p = 0; p < d; p++)
            {
                for (var q = p + 1; q < d; q++)
                {
                    if (a[p][q] == 0) continue;
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = (theta >= 0 ? 1 : -1) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (var r = 0; r < d; r++)
                    {
                        double arp = a[r][p], arq = a[r][q];
                        a[r][p] = c * arp - s * arq;
                        a[r][q] = s * arp + c * arq;
                    }

                    for (var r = 0; r < d; r++)
                    {
                        double apr = a[p][r], aqr = a[q][r];
                        a[p][r] = c * apr - s * aqr;
                        a[q][r] = s * apr + c * aqr;
                    }

                    for (var r = 0; r < d; r++)
                    {
                        double vrp = v[r][p], vrq = v[r][q];
                        v[r][p] = c * vrp - s * vrq;
                        v[r][q] = s * vrp + c * vrq;
                    }
                }
            }
        }

        return (Enumerable.Range(0, d).Select(i => a[i][i]).ToArray(), v);
    }
}
