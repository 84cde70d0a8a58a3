public class Solution
{
    public int MaxAligned(int[][] beacons)
    {
        var n = beacons.Length;
        var best = Math.Min(n, 2);
        var directions = new Dictionary<(long, long), int>();
        for (var i = 0; i < n; i++)
        {
            directions.Clear();
            var same = 0; // later beacons at the same position as beacon i
            var most = 0;
            for (var j = i + 1; j < n; j++)
            {
                long dx = (long)beacons[j][0] - beacons[i][0];
                long dy = (long)beacons[j][1] - beacons[i][1];
                if (dx == 0 && dy == 0)
                {
                    same++;
                    continue;
                }

                var g = Gcd(Math.Abs(dx), Math.Abs(dy));
                dx /= g;
                dy /= g;
                if (dx < 0 || (dx == 0 && dy < 0)) // one key per line direction
                {
                    dx = -dx;
                    dy = -dy;
                }

                var count = directions.GetValueOrDefault((dx, dy)) + 1;
                directions[(dx, dy)] = count;
                most = Math.Max(most, count);
            }

            best = Math.Max(best, 1 + same + most);
        }

        return best;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
