public class Solution
{
    public double[] NucleusFilter(double[] probs, double p)
    {
        var order = Enumerable.Range(0, probs.Length)
                              .OrderByDescending(i => probs[i]).ThenBy(i => i).ToArray();
        int count = 0;
        double total = 0;
        foreach (var i in order)
        {
            total += probs[i];
            count++;
            if (total >= p) break;
        }
        var result = new double[probs.Length];
        for (int r = 0; r < count; r++) result[order[r]] = probs[order[r]] / total;
        return result;
    }
}
