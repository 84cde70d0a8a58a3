public class Solution
{
    public int[][] ZeroSumTriplets(int[] charges)
    {
        var values = (int[])charges.Clone();
        Array.Sort(values);
        var n = values.Length;
        var triplets = new List<int[]>();
        for (var i = 0; i < n - 2 && values[i] <= 0; i++)
        {
            if (i > 0 && values[i] == values[i - 1])
            {
                continue; // The same first value was handled already.
            }

            int lo = i + 1, hi = n - 1;
            while (lo < hi)
            {
                var total = values[i] + values[lo] + values[hi];
                if (total < 0)
                {
                    lo++;
                }
                else if (total > 0)
                {
                    hi--;
                }
                else
                {
                    triplets.Add([values[i], values[lo], values[hi]]);
                    lo++;
                    while (lo < hi && values[lo] == values[lo - 1])
                    {
                        lo++; // Skip copies of the middle value.
                    }

                    hi--;
                }
            }
        }

        return triplets.ToArray();
    }
}
