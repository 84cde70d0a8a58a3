public class Solution
{
    public int[] Viterbi(double[] start, double[][] trans, double[][] emit, int[] obs)
    {
        int n = start.Length, T = obs.Length;
        var delta = new double[n];
        for (int j = 0; j < n; j++) delta[j] = Math.Log(start[j]) + Math.Log(emit[j][obs[0]]);
        var logTrans = trans.Select(row => row.Select(p => Math.Log(p)).ToArray()).ToArray();
        var back = new int[T][];
        for (int t = 1; t < T; t++)
        {
            var next = new double[n];
            back[t] = new int[n];
            for (int j = 0; j < n; j++)
            {
                int best = 0;
                double bestScore = delta[0] + logTrans[0][j];
                for (int i = 1; i < n; i++)
                {
                    double s = delta[i] + logTrans[i][j];
                    if (s > bestScore) { bestScore = s; best = i; }
                }
                back[t][j] = best;
                next[j] = bestScore + Math.Log(emit[j][obs[t]]);
            }
            delta = next;
        }
        var path = new int[T];
        for (int j = 1; j < n; j++)
            if (delta[j] > delta[path[T - 1]]) path[T - 1] = j;
        for (int t = T - 1; t > 0; t--) path[t - 1] = back[t][path[t]];
        return path;
    }
}
