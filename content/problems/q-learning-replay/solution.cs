public class Solution
{
    public double[][] QLearning(double[][] q0, int[][] transitions, double[] rewards, double alpha, double gamma)
    {
        var q = q0.Select(row => (double[])row.Clone()).ToArray();
        for (int i = 0; i < transitions.Length; i++)
        {
            int s = transitions[i][0], a = transitions[i][1], next = transitions[i][2];
            bool done = transitions[i][3] == 1;
            double target = done ? rewards[i] : rewards[i] + gamma * q[next].Max();
            q[s][a] += alpha * (target - q[s][a]);
        }
        return q;
    }
}
