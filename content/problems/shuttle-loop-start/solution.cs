public class Solution
{
    public int LoopStart(int[] charge, int[] drain)
    {
        long total = 0, tank = 0; // net energy of the lap; battery level when starting from `start`
        var start = 0;
        for (var i = 0; i < charge.Length; i++)
        {
            total += charge[i] - drain[i];
            tank += charge[i] - drain[i];
            if (tank < 0)
            {
                // No depot in start..i can be the start: each reaches i + 1 with no more energy.
                start = i + 1;
                tank = 0;
            }
        }

        return total >= 0 ? start : -1;
    }
}
