public class Solution
{
    public long MinRepairCost(int[] cost)
    {
        const long Unreachable = long.MaxValue / 4;
        long a = Unreachable, b = Unreachable, c = 0; // positions i-3, i-2, i-1 (the floor is -1)
        foreach (var price in cost)
        {
            var next = price + Math.Min(a, Math.Min(b, c));
            a = b;
            b = c;
            c = next;
        }

        // The landing is one, two or three steps above the last three positions.
        return Math.Min(a, Math.Min(b, c));
    }
}
