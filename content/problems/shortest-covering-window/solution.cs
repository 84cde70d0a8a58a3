public class Solution
{
    public string ShortestCoveringWindow(string log, string checklist)
    {
        var need = new int[128];
        foreach (var code in checklist)
        {
            need[code]++;
        }

        var missing = checklist.Length; // Birds still needed, counted with multiplicity.
        int bestStart = 0, bestLength = int.MaxValue, left = 0;
        for (var right = 0; right < log.Length; right++)
        {
            if (need[log[right]]-- > 0)
            {
                missing--;
            }

            while (missing == 0)
            {
                if (right - left + 1 < bestLength)
                {
                    // Strict: keep the earliest of equal lengths.
                    bestStart = left;
                    bestLength = right - left + 1;
                }

                if (++need[log[left]] > 0)
                {
                    missing++;
                }

                left++;
            }
        }

        return bestLength == int.MaxValue ? "" : log.Substring(bestStart, bestLength);
    }
}
