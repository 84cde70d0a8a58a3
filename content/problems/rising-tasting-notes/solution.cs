public class Solution
{
    public int LongestRising(int[] scores)
    {
        // tails[k] = smallest last score of a strictly rising selection of length k + 1 seen so far.
        var tails = new int[scores.Length];
        var length = 0;
        foreach (var s in scores)
        {
            int lo = 0, hi = length; // first index with tails[index] >= s
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (tails[mid] < s)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            tails[lo] = s;
            if (lo == length)
            {
                length++;
            }
        }

        return length;
    }
}
