public class Solution
{
    public double RocAuc(int[] labels, double[] scores)
    {
        var order = Enumerable.Range(0, scores.Length).ToArray();
        Array.Sort(scores.ToArray(), order);
        long positives = 0, negatives = 0, negativesBelow = 0;
        double wins = 0;
        for (var i = 0; i < order.Length;)
        {
            // One group of equal scores: its positives beat every negative below and tie with its own.
            var j = i;
            long groupPos = 0, groupNeg = 0;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                if (labels[order[j]] == 1) groupPos++; else groupNeg++;
                j++;
            }

            wins += groupPos * (negativesBelow + 0.5 * groupNeg);
            negativesBelow += groupNeg;
            positives += groupPos;
            negatives += groupNeg;
            i = j;
        }

        return wins / ((double)positives * negatives);
    }
}
